import type { NextFunction, Request, Response } from 'express'

type Redirect = (...args: unknown[]) => void

/**
 * A redirect that leaves a one-off message in the session (a flash, the address an email was sent
 * to) goes out only once the session is saved. express-session saves at the end of a response but
 * writes its headers first, and a browser follows a redirect as soon as the headers arrive: the
 * next page read the session before the message was in it, and the message turned up on the page
 * after (a "Submitted" banner on whatever the publisher opened next).
 */
export function saveSessionBeforeRedirect(req: Request, res: Response, next: NextFunction): void {
  const redirect = res.redirect.bind(res) as Redirect
  const redirectOnceSaved: Redirect = (...args) => {
    const session = req.session as Partial<typeof req.session> | undefined
    if (!session?.save || (session.flash === undefined && session.sentTo === undefined)) return redirect(...args)
    session.save(error => (error ? next(error) : redirect(...args)))
  }
  res.redirect = redirectOnceSaved
  next()
}
