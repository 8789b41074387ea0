import { Passport } from 'passport'
import { Strategy as LocalStrategy } from 'passport-local'
import type { UserData } from '../data/userRepository'
import type { Services } from '../services'
import type { SignInResult } from '../services/accountService'
import { requestContext } from '../middleware/requestContext'

/** What the strategy passes back when it refuses a sign-in. */
export type SignInRefusal = { message: string; result: Exclude<SignInResult, { outcome: 'signed-in' }> }

/** A passport instance of its own (not the global one), so each app built in tests is separate. */
export function createPassport(services: Pick<Services, 'accounts' | 'users'>): InstanceType<typeof Passport> {
  const passport = new Passport()

  // The form is validated first (signInController); the strategy then checks the password and lock-out.
  passport.use(
    new LocalStrategy(
      { usernameField: 'email', passwordField: 'password', passReqToCallback: true },
      (req, email, password, done) => {
        services.accounts
          .signIn(email, password, requestContext(req))
          .then((result: SignInResult) => {
            if (result.outcome === 'signed-in') return done(null, result.user)
            const info: SignInRefusal = { message: result.outcome, result }
            done(null, false, info)
          })
          .catch(done)
      },
    ),
  )

  passport.serializeUser((user, done) => done(null, (user as UserData)._id.toString()))
  passport.deserializeUser((id: string, done) => {
    // A disabled or deleted account is signed out on its next request.
    services.users
      .findById(id)
      .then(user => done(null, user && !user.disabledAt ? user : false))
      .catch(done)
  })
  return passport
}
