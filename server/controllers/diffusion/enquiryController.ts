import type { Request, Response } from 'express'
import { enquiryForm } from '../../forms/enquiryForm'
import { formErrors, parseForm, type FormErrors } from '../../forms/formErrors'
import { pageQuery } from '../../forms/pageQuery'
import { requestContext } from '../../middleware/requestContext'
import { paths } from '../../paths'
import { presentAskTheTeam } from '../../presenters/enquiries/askTheTeamPresenter'
import { presentEnquiryList, presentSentEnquiry } from '../../presenters/enquiries/enquiryPresenter'
import type { Services } from '../../services'
import { RATE_LIMITS } from '../../services/rateLimitService'
import { renderForm } from '../render'

const VIEW = 'pages/enquiries/ask'

// The refusals that are not about the question's wording, each with its own status.
const REFUSALS = {
  'rate-limited': {
    status: 429,
    text: `You can ask up to ${RATE_LIMITS.enquiriesPerSender.limit} questions a day. Try again tomorrow`,
  },
  'not-taking-questions': { status: 409, text: 'This case study’s team is not taking questions at the moment' },
} as const

export function enquiryController({ enquiries }: Pick<Services, 'enquiries'>) {
  async function renderAsk(
    req: Request,
    res: Response,
    page: { errors?: FormErrors; values?: Record<string, unknown>; errorStatus?: number } = {},
  ) {
    const { title, slug, state } = await enquiries.form(req.user, String(req.params.slug))
    renderForm(res, VIEW, {
      title: `Ask the team about ${title}`,
      caseStudy: { title, href: paths.caseStudies.show(slug) },
      askTheTeam: presentAskTheTeam(state, slug),
      ...page,
    })
  }

  return {
    ask: (req: Request, res: Response) => renderAsk(req, res),

    send: async (req: Request, res: Response) => {
      const form = parseForm(enquiryForm, req.body)
      if (!form.ok) return renderAsk(req, res, { errors: form.errors, values: form.values })
      const slug = String(req.params.slug)
      const result = await enquiries.send(req.user!, slug, form.data.message, requestContext(req))
      if (result.outcome === 'sent') return res.redirect(paths.enquiries.sent(result.enquiryId))
      const refusal = REFUSALS[result.outcome]
      await renderAsk(req, res, {
        errors: formErrors([['message', refusal.text]]),
        values: { message: form.data.message },
        errorStatus: refusal.status,
      })
    },

    sent: async (req: Request, res: Response) => {
      const { enquiry, slug, councilName } = await enquiries.sentBy(req.user, String(req.params.id))
      res.render('pages/enquiries/sent', {
        pageTitle: 'Your question has been sent',
        sent: presentSentEnquiry(enquiry, slug, councilName, req.user!.email),
      })
    },

    list: async (req: Request, res: Response) => {
      const result = await enquiries.listForCouncil(req.user, pageQuery(req.query.page))
      res.render('pages/enquiries/list', {
        pageTitle: 'Questions about your council’s case studies',
        list: presentEnquiryList(result),
        backHref: paths.publish.dashboard(),
      })
    },
  }
}
