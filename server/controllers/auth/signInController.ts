import type { NextFunction, Request, Response } from 'express'
import type { SignInRefusal } from '../../auth/passport'
import { signInForm } from '../../forms/accountForms'
import { parseForm } from '../../forms/formErrors'
import { TooManyRequestsError } from '../../errors/httpError'
import { paths } from '../../paths'
import type { Services } from '../../services'
import type { createPassport } from '../../auth/passport'
import { safeReturnPath } from '../../forms/returnPath'
import { renderForm, renderFormError } from '../render'
import { requestContext } from '../../middleware/requestContext'

const VIEW = 'pages/auth/signIn'
const TITLE = 'Sign in'

function refusalMessage(refusal: SignInRefusal['result']): string {
  switch (refusal.outcome) {
    case 'locked': {
      const minutes = refusal.minutesLeft
      return `You have entered the wrong password too many times. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password`
    }
    case 'disabled':
      return 'This account has been disabled. Contact us if you think this is wrong'
    default:
      return 'Enter a correct email address and password'
  }
}

export function signInController(services: Pick<Services, 'accounts'>, passport: ReturnType<typeof createPassport>) {
  return {
    show: (req: Request, res: Response) => {
      // A link such as "Sign in to ask the team" says where to come back to; anything but a path on
      // this site is ignored, leaving where requireSignIn sent the visitor from (or the account page).
      const returnTo = safeReturnPath(req.query.returnTo)
      if (returnTo) req.session.returnTo = returnTo
      renderForm(res, VIEW, { title: TITLE })
    },

    submit: (req: Request, res: Response, next: NextFunction) => {
      const form = parseForm(signInForm, req.body)
      if (!form.ok) return renderForm(res, VIEW, { title: TITLE, ...form, values: { email: form.values.email } })
      req.body = form.data
      // Checked again as it is used: only a path on this site, never an address an attacker chose.
      const returnTo = safeReturnPath(req.session.returnTo) ?? paths.account.show()
      const authenticate = passport.authenticate(
        'local',
        (error: unknown, user: Express.User | false, info: SignInRefusal | undefined) => {
          if (error) return next(error)
          if (!user) {
            const refusal = info?.result ?? { outcome: 'wrong-credentials' as const }
            if (refusal.outcome === 'too-many-requests') return next(new TooManyRequestsError())
            const status = refusal.outcome === 'locked' ? 429 : 400
            return renderFormError(
              res,
              VIEW,
              { title: TITLE, values: { email: form.data.email } },
              'email',
              refusalMessage(refusal),
              status,
            )
          }
          // req.login regenerates the session (passport 0.6+), so a session id fixed before sign-in is useless after.
          req.login(user, loginError => (loginError ? next(loginError) : res.redirect(returnTo)))
        },
      ) as (req: Request, res: Response, next: NextFunction) => void
      authenticate(req, res, next)
    },

    signOut: async (req: Request, res: Response, next: NextFunction) => {
      const user = req.user
      if (user) await services.accounts.recordSignOut(user, requestContext(req))
      req.logout(error => (error ? next(error) : res.redirect(paths.auth.signedOut())))
    },

    signedOut: (_req: Request, res: Response) =>
      res.render('pages/auth/signedOut', { pageTitle: 'You have signed out' }),
  }
}
