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

/**
 * For what only decorates a page (similar case studies, adaptations, the home page's recent list):
 * while the index is rebuilt, the page goes without it rather than failing.
 */
export function unlessSearchUnavailable<T>(work: Promise<T>, without: T): Promise<T> {
  return work.catch((error: unknown) => {
    if (error instanceof SearchUnavailableError) return without
    throw error
  })
}
