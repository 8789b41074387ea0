import { Router } from 'express'
import { enquiryController } from '../controllers/diffusion/enquiryController'
import { enquiryOptOutController } from '../controllers/diffusion/enquiryOptOutController'
import { requireVerified } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

export function enquiryRoutes(services: Services): Router {
  const router = Router()
  const enquiries = enquiryController(services)
  const optOuts = enquiryOptOutController(services)

  // Officers of any council ask; the service decides (403 for anyone else signed in).
  router.get(paths.enquiries.ask(':slug'), requireVerified, enquiries.ask)
  router.post(paths.enquiries.ask(':slug'), requireVerified, enquiries.send)
  // Only its sender sees a sent question (404 for anyone else).
  router.get(paths.enquiries.sent(':id'), requireVerified, enquiries.sent)
  // Publishers and council admins of the lead council.
  router.get(paths.enquiries.list(), requireVerified, enquiries.list)

  // A contact's opt-out link: the emailed token is the credential, so no sign-in.
  router.get(paths.enquiries.optOut(':token'), optOuts.show)
  router.post(paths.enquiries.optOut(':token'), optOuts.confirm)
  return router
}
