import type { NextFunction, Request, Response } from 'express'
import { ForbiddenError } from '../errors/httpError'
import { paths } from '../paths'
import { isNetworkAdmin, isVerified } from '../services/authorisation'

/** Visitors are sent to sign in, and brought back here afterwards. */
export function requireSignIn(req: Request, res: Response, next: NextFunction): void {
  if (req.user) return next()
  if (req.method === 'GET') req.session.returnTo = req.originalUrl
  res.redirect(paths.auth.signIn())
}

/** Signed in with a confirmed email address. */
export function requireVerified(req: Request, res: Response, next: NextFunction): void {
  requireSignIn(req, res, () =>
    isVerified(req.user) ? next() : next(new ForbiddenError('Confirm your email address first')),
  )
}

/** Network admins only; services check again, this keeps the whole /admin area closed. */
export function requireNetworkAdmin(req: Request, res: Response, next: NextFunction): void {
  requireVerified(req, res, () => (isNetworkAdmin(req.user) ? next() : next(new ForbiddenError())))
}
