import { Router } from 'express'
import { followController } from '../controllers/diffusion/followController'
import { unsubscribeController } from '../controllers/diffusion/unsubscribeController'
import { requireVerified } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

/** Saved case studies and searches, and their alert choices: signed-in users with a confirmed address. */
export function followRoutes(services: Services): Router {
  const router = Router()
  const follow = followController(services)

  router.get(paths.account.saved(), requireVerified, follow.show)
  router.post(paths.follow.saveCaseStudy(), requireVerified, follow.saveCaseStudy)
  router.post(paths.follow.removeCaseStudy(':id'), requireVerified, follow.removeCaseStudy)
  router.post(paths.follow.caseStudyAlerts(), requireVerified, follow.caseStudyAlerts)
  router.post(paths.follow.saveSearch(), requireVerified, follow.saveSearch)
  router.post(paths.follow.searchAlerts(':id'), requireVerified, follow.searchAlerts)
  router.post(paths.follow.removeSearch(':id'), requireVerified, follow.removeSearch)
  return router
}

/**
 * Alert emails' unsubscribe links. Mounted in app.ts before sessions and CSRF protection: a mail
 * client's one-click unsubscribe (RFC 8058) posts with no cookie and no form token; the signed
 * token in the address is what authorises it, and nothing here reads or sets a session.
 */
export function unsubscribeRoutes(services: Services): Router {
  const router = Router()
  const unsubscribe = unsubscribeController(services)

  router.get(paths.alerts.unsubscribe(':token'), unsubscribe.show)
  router.post(paths.alerts.unsubscribe(':token'), unsubscribe.unsubscribe)
  return router
}
