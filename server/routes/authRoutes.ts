import { Router } from 'express'
import type { createPassport } from '../auth/passport'
import { createAccountController } from '../controllers/auth/createAccountController'
import { passwordResetController } from '../controllers/auth/passwordResetController'
import { signInController } from '../controllers/auth/signInController'
import { paths } from '../paths'
import type { Services } from '../services'

export function authRoutes(services: Services, passport: ReturnType<typeof createPassport>): Router {
  const router = Router()
  const createAccount = createAccountController(services)
  const signIn = signInController(services, passport)
  const reset = passwordResetController(services)
  const token = ':token'

  router.get(paths.auth.createAccount(), createAccount.show)
  router.post(paths.auth.createAccount(), createAccount.submit)
  router.get(paths.auth.checkEmail(), createAccount.checkEmail)
  router.get(paths.auth.resendVerification(), createAccount.showResend)
  router.post(paths.auth.resendVerification(), createAccount.resend)
  router.get(paths.auth.verifyEmail(token), createAccount.verify)

  router.get(paths.auth.signIn(), signIn.show)
  router.post(paths.auth.signIn(), signIn.submit)
  router.post(paths.auth.signOut(), signIn.signOut)
  router.get(paths.auth.signedOut(), signIn.signedOut)

  router.get(paths.auth.forgottenPassword(), reset.showForgotten)
  router.post(paths.auth.forgottenPassword(), reset.submitForgotten)
  router.get(paths.auth.resetEmailSent(), reset.emailSent)
  router.get(paths.auth.resetPassword(token), reset.showReset)
  router.post(paths.auth.resetPassword(token), reset.submitReset)
  return router
}
