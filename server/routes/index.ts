import { Router } from 'express'
import { healthController } from '../controllers/healthController'
import { pagesController } from '../controllers/pagesController'
import { paths } from '../paths'
import type { Services } from '../services'

export function routes(services: Services): Router {
  const router = Router()
  const pages = pagesController(services)
  const health = healthController(services)

  router.get(paths.health.live(), health.live)
  router.get(paths.health.ready(), health.ready)

  router.get(paths.home(), pages.home)
  router.get(paths.aboutTheData(), pages.aboutTheData)
  router.get(paths.feedback(), pages.feedback)
  router.get(paths.accessibility(), pages.accessibility)

  return router
}
