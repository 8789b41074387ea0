import type { UserData } from '../data/userRepository'

declare global {
  namespace Express {
    // What passport puts on req.user once the session is deserialised.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends UserData {}
    interface Request {
      /** On an upload route's multipart request: checks the form's CSRF token once read (middleware/csrf.ts). */
      csrfValid?: (sent: unknown) => boolean
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string
    /** A one-off success message for the next page (GOV.UK notification banner). */
    flash?: string
    returnTo?: string
    /** Where a confirmation or reset email was just sent. */
    sentTo?: string
  }
}
