import type { NextFunction, Request, Response } from 'express'
import { isStoreUnavailableError } from '../data/database'
import { HttpError, NotFoundError } from '../errors/httpError'
import { QueryError, type FieldError } from '../errors/queryError'
import { SearchUnavailableError } from '../errors/searchUnavailableError'

/** The one error body of the API: `{ status, errors: [{ field, message }] }`, never an HTML page. */
export function sendApiError(res: Response, status: number, errors: FieldError[]): void {
  // Errors are not cached: the next try may well succeed.
  res.status(status).set('Cache-Control', 'no-store').json({ status, errors })
}

export function apiNotFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new NotFoundError('There is nothing at this address'))
}

const statusOf = (error: unknown): number => {
  if (isStoreUnavailableError(error)) return 503
  // body-parser, the router (a malformed URL) and our HttpErrors all set a status.
  const status = error instanceof HttpError ? error.status : (error as { status?: unknown }).status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}

function problemOf(error: unknown): { status: number; errors: FieldError[] } {
  if (error instanceof QueryError) return { status: 400, errors: error.errors }
  const status = statusOf(error)
  // Only our own errors carry a message meant to be read; other 4xx (a malformed URL) get a plain one.
  const message =
    status === 503
      ? error instanceof SearchUnavailableError
        ? error.message
        : 'The service is unavailable. Try again in a minute.'
      : status >= 500
        ? 'Something went wrong on our side'
        : error instanceof HttpError
          ? error.message
          : 'The request could not be read'
  return { status, errors: [{ field: null, message }] }
}

/** Errors under /api/ become the API's error body; stack traces are logged, never sent. */
export function apiErrorHandler(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error)
  const { status, errors } = problemOf(error)
  if (status >= 500) req.log.error({ err: error }, 'API request failed')
  // Only the status: the messages quote parameters as typed, and no typed text goes to the log.
  else req.log.warn({ status }, 'API request refused')
  if (status === 503) res.set('Retry-After', '30')
  sendApiError(res, status, errors)
}
