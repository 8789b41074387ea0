import { HttpError } from './httpError'

/**
 * Search cannot answer for now: its index is being rebuilt (after it was found damaged) or could
 * not be opened. Pages that need search answer 503; pages that only decorate themselves with
 * search results (similar case studies) leave them out instead.
 */
export class SearchUnavailableError extends HttpError {
  constructor(cause?: unknown) {
    super(503, 'Search is being rebuilt. Try again in a minute.')
    this.name = 'SearchUnavailableError'
    this.cause = cause
  }
}
