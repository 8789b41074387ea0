import { Router, type NextFunction, type Request, type Response } from 'express'
import { apiIndexController } from '../controllers/api/apiIndexController'
import { caseStudiesApiController } from '../controllers/api/caseStudiesApiController'
import { collectionsApiController } from '../controllers/api/collectionsApiController'
import { councilsApiController } from '../controllers/api/councilsApiController'
import { apiErrorHandler, apiNotFound } from '../middleware/apiErrors'
import { apiHeaders } from '../middleware/apiHeaders'
import { paths } from '../paths'
import type { Services } from '../services'

/**
 * The JSON API: everything under /api/ except the /api page itself. It is mounted before sessions,
 * so it never reads or sets a cookie, and every answer, errors included, is JSON.
 */
export function apiRoutes(services: Services): Router {
  const router = Router()
  const index = apiIndexController(services)
  const caseStudies = caseStudiesApiController(services)
  const councils = councilsApiController(services)
  const collections = collectionsApiController(services)

  // /api (and /api/) is the documentation page, served with the other pages.
  const underApi = (req: Request, res: Response, next: NextFunction) =>
    req.path === '/' ? next('router') : apiHeaders(req, res, next)
  router.use(paths.api.page(), underApi)

  router.get(paths.api.root(), index.index)
  router.get(paths.api.openApi(), index.openApi)
  router.get(paths.api.themes(), index.themes)
  router.get(paths.api.caseStudies(), caseStudies.list)
  router.get(paths.api.caseStudy(':slug'), caseStudies.show)
  router.get(paths.api.councils(), councils.list)
  router.get(paths.api.council(':code'), councils.show)
  router.get(paths.api.collections(), collections.list)
  router.get(paths.api.collection(':slug'), collections.show)

  router.use(paths.api.page(), apiNotFound, apiErrorHandler)
  return router
}
