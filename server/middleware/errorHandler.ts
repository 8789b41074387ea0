import type { NextFunction, Request, Response } from 'express'
import { isStoreUnavailableError } from '../data/database'
import { HttpError } from '../errors/httpError'

const PAGES: Record<number, { view: string; title: string }> = {
  404: { view: 'pages/errors/notFound', title: 'Page not found' },
  503: { view: 'pages/errors/serviceUnavailable', title: 'Sorry, the service is unavailable' },
  500: { view: 'pages/errors/serverError', title: 'Sorry, there is a problem with the service' },
}

function statusOf(error: unknown): number {
  if (isStoreUnavailableError(error)) return 503
  if (error instanceof HttpError) return error.status
  // body-parser and friends set `status` on client errors such as a malformed body.
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}

export function notFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new HttpError(404, 'Not found'))
}

/** The one place errors become responses. Stack traces are logged, never shown. */
export function errorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error)
  const status = statusOf(error)
  if (status >= 500) req.log.error({ err: error }, 'request failed')
  else req.log.warn({ status, message: (error as Error).message }, 'request refused')

  const page = PAGES[status] ?? (status >= 500 ? PAGES[500] : PAGES[404])
  res.status(status)
  if (status === 503) res.set('Retry-After', '30')
  if (!req.accepts('html')) {
    res.json({ error: { status, message: page?.title } })
    return
  }
  res.render(page?.view ?? 'pages/errors/serverError', { pageTitle: page?.title, requestId: req.id })
}
