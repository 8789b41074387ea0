import { Router } from 'express'
import { importController } from '../controllers/admin/importController'
import { exportController } from '../controllers/exchange/exportController'
import { requireNetworkAdmin } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

/**
 * Downloads of search results and their codebook (routed before /case-studies/:slug, whose pattern
 * they would match), and network admins' imports.
 */
export function exchangeRoutes(services: Services): Router {
  const router = Router()
  const exports = exportController(services)
  router.get(paths.caseStudies.export('csv'), exports.csv)
  router.get(paths.caseStudies.export('jsonl'), exports.jsonl)
  router.get(paths.caseStudies.codebook(), exports.codebook)
  router.get(paths.caseStudies.codebookJson(), exports.codebookJson)

  const imports = importController(services)
  router.get(paths.admin.import(), requireNetworkAdmin, imports.show)
  router.post(paths.admin.import(), requireNetworkAdmin, imports.submit)
  return router
}
