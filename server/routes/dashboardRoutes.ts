import { Router } from 'express'
import { dashboardController } from '../controllers/dashboardController'
import { requireNetworkAdmin, requireVerified } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

export function dashboardRoutes(services: Services): Router {
  const router = Router()
  const dashboards = dashboardController(services)
  // The council's publishers and admins, and network admins: the service decides (403 otherwise).
  router.get(paths.councils.dashboard(':slug'), requireVerified, dashboards.council)
  router.get(paths.admin.dashboard(), requireNetworkAdmin, dashboards.network)
  return router
}
