import { HttpError } from './httpError'

/** One problem with a request, named by the query parameter it is about (null when none). */
export type FieldError = { field: string | null; message: string }

/**
 * A request the API refuses as it stands: 400 with every problem found, each naming its field, so
 * a client can correct them all at once.
 */
export class QueryError extends HttpError {
  constructor(readonly errors: FieldError[]) {
    super(400, errors.map(error => error.message).join('; '))
    this.name = 'QueryError'
  }
}
