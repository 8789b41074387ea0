import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import { CsrfError } from '../errors/httpError'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function matches(sent: unknown, expected: string | undefined): boolean {
  if (typeof sent !== 'string' || !expected) return false
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Synchroniser-token CSRF protection: one random token per session, sent back in a hidden `_csrf`
 * field by every form. The token is made only when a page asks for it, so visitors who never see a
 * form never get a session.
 */
export function csrfProtection(req: Request, res: Response, next: NextFunction): void {
  // A function, not a value: Express copies every local into each render, so a getter would make
  // a token (and a session) for every page, forms or not.
  res.locals.csrfToken = () => (req.session.csrfToken ??= randomBytes(32).toString('base64url'))
  if (SAFE_METHODS.has(req.method)) return next()
  const body = req.body as Record<string, unknown> | undefined
  if (matches(body?._csrf ?? req.get('x-csrf-token'), req.session.csrfToken)) return next()
  next(new CsrfError())
}
