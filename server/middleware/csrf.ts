import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import type { Config } from '../config'
import { CsrfError } from '../errors/httpError'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const NONCE_COOKIE = 'practice-exchange.csrf'
const NONCE = /^[\w-]{43}$/

const newRandom = () => randomBytes(32).toString('base64url')

function matches(sent: unknown, expected: string | undefined): boolean {
  if (typeof sent !== 'string' || !expected) return false
  const a = Buffer.from(sent)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(req: Request, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim()
  }
  return undefined
}

/** A route as paths.ts writes it ('/publish/case-studies/:id/files') as a pattern for req.path. */
const routePattern = (route: string) =>
  new RegExp(`^${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`)

/**
 * CSRF protection on every state change, in two forms:
 *
 * - Signed in: a synchroniser token, one random token per session, checked against the session.
 * - Not signed in: a signed double-submit token, so the sign-in, create-account and
 *   forgotten-password pages store no session for each visitor who looks at them (a session per
 *   GET is a way to fill the store). The visitor gets a random nonce in an HttpOnly, SameSite=Lax
 *   cookie and the form carries HMAC(secret, nonce): a cross-site form has neither the cookie (Lax)
 *   nor a way to compute the token, and one visitor's token fails with another's cookie.
 *
 * Tokens are made only when a page asks for one, so pages without forms set no cookie at all.
 *
 * A file upload's token is a field of its multipart body, which nothing has read at this point:
 * for the routes named in `multipartRoutes` alone, a multipart request goes on with
 * `req.csrfValid` to check the token when the field arrives (the upload form sends it first, and
 * its reader takes no file before it). Any other route gets the usual check, which a multipart
 * body, unread, fails.
 */
export function csrfProtection(config: Pick<Config, 'sessionSecret'>, { multipartRoutes = [] as string[] } = {}) {
  const multipart = multipartRoutes.map(routePattern)
  // Only outside production is there no secret (config refuses to start without one); tokens then
  // last as long as this process, like sessions.
  const key = createHmac('sha256', config.sessionSecret ?? newRandom())
    .update('practice-exchange csrf')
    .digest()
  const signed = (nonce: string) => createHmac('sha256', key).update(nonce).digest('base64url')

  function visitorNonce(req: Request, res: Response): string {
    const existing = cookieValue(req, NONCE_COOKIE)
    if (existing && NONCE.test(existing)) return existing
    const nonce = newRandom()
    res.cookie(NONCE_COOKIE, nonce, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' })
    return nonce
  }

  return (req: Request, res: Response, next: NextFunction): void => {
    // A function, not a value: Express copies every local into each render, so a getter would make
    // a token (and a cookie or session) for every page, forms or not.
    // Remembered for the request, as a page may hold several forms but must set one cookie.
    let visitorToken: string | undefined
    res.locals.csrfToken = () =>
      req.user ? (req.session.csrfToken ??= newRandom()) : (visitorToken ??= signed(visitorNonce(req, res)))
    if (SAFE_METHODS.has(req.method)) return next()
    const valid = (sent: unknown) => {
      if (req.user) return matches(sent, req.session.csrfToken)
      const nonce = cookieValue(req, NONCE_COOKIE)
      return Boolean(nonce && NONCE.test(nonce) && matches(sent, signed(nonce)))
    }
    if (req.is('multipart/form-data') && multipart.some(pattern => pattern.test(req.path))) {
      req.csrfValid = valid
      return next()
    }
    const body = req.body as Record<string, unknown> | undefined
    next(valid(body?._csrf ?? req.get('x-csrf-token')) ? undefined : new CsrfError())
  }
}
