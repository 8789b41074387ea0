import type { NextFunction, Request, Response } from 'express'
import { HttpError, NotFoundError } from '../errors/httpError'
import { QueryError, type FieldError } from '../errors/queryError'
import { SearchUnavailableError } from '../errors/searchUnavailableError'
import { statusOf } from './errorHandler'

/** The one error body of the API: `{ status, errors: [{ field, message }] }`, never an HTML page. */
export function sendApiError(res: Response, status: number, errors: FieldError[]): void {
  // Errors are not cached: the next try may well succeed.
  res.status(status).set('Cache-Control', 'no-store').json({ status, errors })
}

export function apiNotFound(_req: Request, _res: Response, next: NextFunction): void {
  next(new NotFoundError('There is nothing at this address'))
}

function problemOf(error: unknown): { status: number; errors: FieldError[] } {
  if (error instanceof QueryError) return { status: 400, errors: error.errors }
  const status = statusOf(error)
  // Only our own errors carry a message meant to be read; other 4xx (a malformed URL) get a plain one.
  return { status, errors: [{ field: null, message: messageOf(error, status) }] }
}

function messageOf(error: unknown, status: number): string {
  if (status === 503)
    return error instanceof SearchUnavailableError
      ? error.message
      : 'The service is unavailable. Try again in a minute.'
  if (status >= 500) return 'Something went wrong on our side'
  return error instanceof HttpError ? error.message : 'The request could not be read'
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
