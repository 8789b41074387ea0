import { Router } from 'express'
import { declarationController } from '../controllers/diffusion/declarationController'
import { lineageController } from '../controllers/diffusion/lineageController'
import { requireVerified } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

export function declarationRoutes(services: Services): Router {
  const router = Router()
  const declarations = declarationController(services)
  const lineage = lineageController(services)

  // Anyone may see how a practice spread: published case studies and councils only.
  router.get(paths.diffusion.lineage(':slug'), lineage.show)

  // Officers of any council but the publishing one: the service decides (403 otherwise).
  router.get(paths.diffusion.declaration(':slug'), requireVerified, declarations.show)
  router.post(paths.diffusion.declaration(':slug'), requireVerified, declarations.declare)
  router.post(paths.diffusion.withdraw(':slug'), requireVerified, declarations.withdraw)
  router.post(paths.diffusion.publishYourVersion(':slug'), requireVerified, declarations.publishYourVersion)
  return router
}
