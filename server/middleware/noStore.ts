import type { NextFunction, Request, Response } from 'express'
import { isTokenPath } from '../tokenPaths'

/**
 * `Cache-Control: no-store` on every response that may hold personal data, so no shared or
 * browser cache keeps it for the next person at the machine: everything a signed-in user is
 * sent (names, email addresses, contacts, drafts), a page about to show the address an email
 * was just sent to, and the pages of emailed links.
 */
export function noStore(req: Request, res: Response, next: NextFunction): void {
  if (req.user || req.session?.sentTo || isTokenPath(req.path)) res.setHeader('Cache-Control', 'no-store')
  next()
}
