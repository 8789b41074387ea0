/**
 * The index an engine keeps is damaged (its file unreadable, its pages or schema not what the
 * engine wrote). Engines raise it, instead of their own error codes, so that healing — moving the
 * index aside and rebuilding it from MongoDB — lives once above every engine (searchIndexService).
 */
export class SearchIndexCorruptError extends Error {
  constructor(message: string, cause?: unknown) {
    super(`The search index is damaged: ${message}`)
    this.name = 'SearchIndexCorruptError'
    this.cause = cause
  }
}
