import type { Request, Response } from 'express'
import { createAccountForm, emailOnlyForm } from '../../forms/accountForms'
import { parseForm } from '../../forms/formErrors'
import { TooManyRequestsError } from '../../errors/httpError'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { renderForm, takeSentTo } from '../render'
import { requestContext } from '../../middleware/requestContext'

const VIEW = 'pages/auth/createAccount'
const RESEND_VIEW = 'pages/auth/resendEmail'

export function createAccountController({ accounts }: Pick<Services, 'accounts'>) {
  return {
    show: (_req: Request, res: Response) => renderForm(res, VIEW, { title: 'Create an account' }),

    submit: async (req: Request, res: Response) => {
      const form = parseForm(createAccountForm, req.body)
      if (!form.ok)
        return renderForm(res, VIEW, { title: 'Create an account', ...form, values: { ...form.values, password: '' } })
      const outcome = await accounts.register(form.data, requestContext(req))
      if (outcome === 'too-many-requests') throw new TooManyRequestsError()
      req.session.sentTo = form.data.email
      res.redirect(paths.auth.checkEmail())
    },

    checkEmail: (req: Request, res: Response) =>
      res.render('pages/auth/checkEmail', { pageTitle: 'Check your email', email: takeSentTo(req) }),

    showResend: (_req: Request, res: Response) =>
      renderForm(res, RESEND_VIEW, { title: 'Send the confirmation email again' }),

    resend: async (req: Request, res: Response) => {
      const form = parseForm(emailOnlyForm, req.body)
      if (!form.ok) return renderForm(res, RESEND_VIEW, { title: 'Send the confirmation email again', ...form })
      if ((await accounts.resendVerification(form.data.email, requestContext(req))) === 'too-many-requests')
        throw new TooManyRequestsError()
      req.session.sentTo = form.data.email
      res.redirect(paths.auth.checkEmail())
    },

    /**
     * The emailed link. Verifying on GET is safe because it is idempotent in effect: a mail scanner
     * that follows the link first leaves the address verified, and the person can sign in.
     */
    verify: async (req: Request, res: Response) => {
      const outcome = await accounts.verifyEmail(String(req.params.token), requestContext(req))
      if (outcome === 'too-many-requests') throw new TooManyRequestsError()
      res.status(outcome === 'verified' ? 200 : 400).render('pages/auth/emailVerified', {
        pageTitle:
          outcome === 'verified' ? 'Email address confirmed' : 'This link has expired or has already been used',
        verified: outcome === 'verified',
      })
    },
  }
}
