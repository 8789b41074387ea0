import type { NextFunction, Request, Response } from 'express'
import { isStoreUnavailableError } from '../data/database'
import { CsrfError, HttpError } from '../errors/httpError'
import { SearchUnavailableError } from '../errors/searchUnavailableError'

const PAGES: Record<number, { view: string; title: string }> = {
  400: { view: 'pages/errors/badRequest', title: 'There is a problem with what was sent' },
  403: { view: 'pages/errors/forbidden', title: 'You do not have permission to see this page' },
  404: { view: 'pages/errors/notFound', title: 'Page not found' },
  409: { view: 'pages/errors/editConflict', title: 'Someone else changed this while you were editing' },
  413: { view: 'pages/errors/payloadTooLarge', title: 'What you sent is too large' },
  429: { view: 'pages/errors/tooManyRequests', title: 'Too many attempts' },
  503: { view: 'pages/errors/serviceUnavailable', title: 'Sorry, the service is unavailable' },
  500: { view: 'pages/errors/serverError', title: 'Sorry, there is a problem with the service' },
}

/** The HTTP status an error stands for: pages and the API answer the same one. */
export function statusOf(error: unknown): number {
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
export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  if (res.headersSent) {
    // Too late for an error page: typically the session could not be saved after a redirect had
    // been sent (the store is down). Express's own handler would print the stack outside the JSON
    // log and destroy the socket, losing the next request on a keep-alive connection as well.
    req.log.error({ err: error }, 'request failed after its response had started')
    // A response cut short cannot be finished honestly; one already complete leaves the connection be.
    if (!res.writableEnded) res.destroy()
    return
  }
  const status = statusOf(error)
  if (status >= 500) req.log.error({ err: error }, 'request failed')
  else req.log.warn({ status, message: (error as Error).message }, 'request refused')

  const page =
    error instanceof CsrfError
      ? { view: 'pages/errors/csrf', title: 'Your form could not be sent' }
      : error instanceof SearchUnavailableError
        ? { view: 'pages/errors/searchUnavailable', title: 'Search is being rebuilt' }
        : (PAGES[status] ?? (status >= 500 ? PAGES[500] : PAGES[400]))
  res.status(status)
  // An error page is no page's canonical version (middleware/pageLinks.ts set it for the address).
  delete res.locals.canonicalPath
  if (status === 503) res.set('Retry-After', '30')
  if (!req.accepts('html')) {
    res.json({ error: { status, message: page?.title } })
    return
  }
  // Only our own HttpErrors carry a message meant for people (a ForbiddenError's reason).
  const reason =
    error instanceof HttpError && status === 403 && !(error instanceof CsrfError) ? error.message : undefined
  res.render(page?.view ?? 'pages/errors/serverError', { pageTitle: page?.title, requestId: req.id, reason })
}
