import type { NextFunction, Request, Response } from 'express'
import { sendApiError } from './apiErrors'

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'
const ONE_DAY_SECONDS = 24 * 60 * 60

/**
 * Every answer under /api/: readable from any origin's scripts (the data is public and no
 * credentials are involved, so `*` is safe), preflights answered, and anything but reading refused.
 */
export function apiHeaders(req: Request, res: Response, next: NextFunction): void {
  res.set({
    'Access-Control-Allow-Origin': '*',
    // Not CORS-safelisted: without this, a script could not read the ETag to revalidate with it.
    'Access-Control-Expose-Headers': 'ETag',
    // helmet sends same-origin for pages; the API is meant to be fetched from elsewhere.
    'Cross-Origin-Resource-Policy': 'cross-origin',
  })
  if (req.method === 'OPTIONS') {
    res.set({
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'Accept, If-None-Match',
      'Access-Control-Max-Age': String(ONE_DAY_SECONDS),
    })
    res.status(204).end()
    return
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.set('Allow', ALLOWED_METHODS)
    sendApiError(res, 405, [{ field: null, message: `The API is read-only: use ${ALLOWED_METHODS}` }])
    return
  }
  next()
}
