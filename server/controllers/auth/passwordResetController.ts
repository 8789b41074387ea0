import type { Request, Response } from 'express'
import { emailOnlyForm, resetPasswordForm } from '../../forms/accountForms'
import { parseForm } from '../../forms/formErrors'
import { TooManyRequestsError } from '../../errors/httpError'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { renderForm, takeSentTo } from '../render'
import { requestContext } from '../../middleware/requestContext'

const FORGOTTEN_VIEW = 'pages/auth/forgottenPassword'
const RESET_VIEW = 'pages/auth/resetPassword'
const INVALID_VIEW = 'pages/auth/resetLinkInvalid'

export function passwordResetController({ accounts }: Pick<Services, 'accounts'>) {
  const invalidLink = (res: Response) =>
    res.status(400).render(INVALID_VIEW, { pageTitle: 'This link has expired or has already been used' })

  return {
    showForgotten: (_req: Request, res: Response) => renderForm(res, FORGOTTEN_VIEW, { title: 'Reset your password' }),

    submitForgotten: async (req: Request, res: Response) => {
      const form = parseForm(emailOnlyForm, req.body)
      if (!form.ok) return renderForm(res, FORGOTTEN_VIEW, { title: 'Reset your password', ...form })
      // The same answer whether or not there is an account for this email.
      if ((await accounts.requestPasswordReset(form.data.email, requestContext(req))) === 'too-many-requests')
        throw new TooManyRequestsError()
      req.session.sentTo = form.data.email
      res.redirect(paths.auth.resetEmailSent())
    },

    emailSent: (req: Request, res: Response) =>
      res.render('pages/auth/resetEmailSent', { pageTitle: 'Check your email', email: takeSentTo(req) }),

    showReset: async (req: Request, res: Response) => {
      if (!(await accounts.isResetLinkValid(String(req.params.token)))) return invalidLink(res)
      renderForm(res, RESET_VIEW, {
        title: 'Choose a new password',
        action: paths.auth.resetPassword(String(req.params.token)),
      })
    },

    submitReset: async (req: Request, res: Response) => {
      const token = String(req.params.token)
      const form = parseForm(resetPasswordForm, req.body)
      if (!form.ok)
        return renderForm(res, RESET_VIEW, {
          title: 'Choose a new password',
          ...form,
          values: {},
          action: paths.auth.resetPassword(token),
        })
      const outcome = await accounts.resetPassword(token, form.data.password, requestContext(req))
      if (outcome === 'too-many-requests') throw new TooManyRequestsError()
      if (outcome === 'invalid') return invalidLink(res)
      res.render('pages/auth/passwordReset', { pageTitle: 'Your password has been reset' })
    },
  }
}
