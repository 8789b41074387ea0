/** An error that carries the HTTP status the error handler should answer with. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}

/** The store is unreachable: answer 503 with the "service unavailable" page, not a crash. */
export class StoreUnavailableError extends HttpError {
  constructor(cause?: unknown) {
    super(503, 'The data store is unavailable')
    this.name = 'StoreUnavailableError'
    this.cause = cause
  }
}

/** The signed-in user may not do this. Services throw it; the error handler answers 403. */
export class ForbiddenError extends HttpError {
  constructor(message = 'You do not have permission to do this') {
    super(403, message)
    this.name = 'ForbiddenError'
  }
}

export class NotFoundError extends HttpError {
  constructor(message = 'Not found') {
    super(404, message)
    this.name = 'NotFoundError'
  }
}

/** A state-changing request without the session's CSRF token. */
export class CsrfError extends HttpError {
  constructor() {
    super(403, 'Missing or wrong CSRF token')
    this.name = 'CsrfError'
  }
}

/** Too many attempts from this address or for this account. */
export class TooManyRequestsError extends HttpError {
  constructor() {
    super(429, 'Too many requests')
    this.name = 'TooManyRequestsError'
  }
}
