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
