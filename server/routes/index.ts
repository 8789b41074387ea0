import { Router } from 'express'
import type { createPassport } from '../auth/passport'
import { apiIndexController } from '../controllers/api/apiIndexController'
import { healthController } from '../controllers/healthController'
import { pagesController } from '../controllers/pagesController'
import { paths } from '../paths'
import type { Services } from '../services'
import { accountRoutes } from './accountRoutes'
import { authRoutes } from './authRoutes'
import { browseRoutes } from './browseRoutes'
import { caseStudyRoutes } from './caseStudyRoutes'
import { enquiryRoutes } from './enquiryRoutes'
import { declarationRoutes } from './declarationRoutes'
import { dashboardRoutes } from './dashboardRoutes'
import { exchangeRoutes } from './exchangeRoutes'
import { followRoutes } from './followRoutes'

export function routes(services: Services, passport: ReturnType<typeof createPassport>): Router {
  const router = Router()
  const pages = pagesController(services)
  const health = healthController(services)

  router.get(paths.health.live(), health.live)
  router.get(paths.health.ready(), health.ready)

  router.get(paths.home(), pages.home)
  router.get(paths.aboutTheData(), pages.aboutTheData)
  router.get(paths.feedback(), pages.feedback)
  router.get(paths.councilsLikeMine(), pages.councilsLikeMine)
  router.get(paths.accessibility(), pages.accessibility)
  // The API's own page; the JSON API itself (routes/apiRoutes.ts) is mounted ahead of sessions in app.ts.
  router.get(paths.api.page(), apiIndexController(services).page)

  router.use(authRoutes(services, passport))
  router.use(accountRoutes(services))
  router.use(followRoutes(services))
  router.use(exchangeRoutes(services))
  router.use(enquiryRoutes(services))
  router.use(caseStudyRoutes(services))
  router.use(declarationRoutes(services))
  router.use(dashboardRoutes(services))
  router.use(browseRoutes(services))
  return router
}
