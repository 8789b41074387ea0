import type { Request, Response } from 'express'
import { requestContext } from '../../middleware/requestContext'
import { paths } from '../../paths'
import type { Services } from '../../services'
import type { OptOutView } from '../../services/diffusion/enquiryOptOutService'

const present = (view: OptOutView, token: string) => ({
  ...view,
  caseStudyHref: view.slug ? paths.caseStudies.show(view.slug) : undefined,
  action: paths.enquiries.optOut(token),
})

/** A contact's opt-out, from the link in an enquiry email: no sign-in; a GET only shows the button. */
export function enquiryOptOutController({ enquiryOptOuts }: Pick<Services, 'enquiryOptOuts'>) {
  return {
    show: async (req: Request, res: Response) => {
      const token = String(req.params.token)
      const view = await enquiryOptOuts.show(token)
      res.render('pages/enquiries/optOut', {
        pageTitle: view.optedOut ? 'You are not getting questions about this case study' : 'Stop getting questions',
        optOut: present(view, token),
      })
    },

    confirm: async (req: Request, res: Response) => {
      const token = String(req.params.token)
      const view = await enquiryOptOuts.optOut(token, requestContext(req))
      res.render('pages/enquiries/optedOut', {
        pageTitle: 'You will not get questions about this case study',
        optOut: present(view, token),
      })
    },
  }
}
