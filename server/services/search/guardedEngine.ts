import { SearchUnavailableError } from '../../errors/searchUnavailableError'
import { SearchIndexCorruptError } from '../../search/searchErrors'
import type { SearchEngine } from '../../search/searchTypes'

type Guard = {
  /** False while the index is being rebuilt: reads and writes answer SearchUnavailableError at once. */
  available: () => boolean
  /** Called (without waiting) when the engine reports its index damaged. */
  onCorrupt: (error: SearchIndexCorruptError) => void
}

/**
 * The engine as searches and the indexer see it: while the index is being rebuilt, or when it
 * turns out damaged mid-request, they get a SearchUnavailableError (503) instead of an engine
 * error (500), and the damage is reported so the index service can heal it. What the index's own
 * life uses (open, close, discard, replaceAll, status) passes straight through.
 */
export function guardedEngine(engine: SearchEngine, guard: Guard): SearchEngine {
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (!guard.available()) throw new SearchUnavailableError()
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof SearchIndexCorruptError)) throw error
      guard.onCorrupt(error)
      throw new SearchUnavailableError(error)
    }
  }
  return {
    name: engine.name,
    open: () => engine.open(),
    close: () => engine.close(),
    discard: engine.discard && (() => engine.discard!()),
    replaceAll: (documents, source) => engine.replaceAll(documents, source),
    status: () => engine.status(),
    upsert: documents => guarded(() => engine.upsert(documents)),
    remove: ids => guarded(() => engine.remove(ids)),
    get: ids => guarded(() => engine.get(ids)),
    all: () => guarded(() => engine.all()),
    search: request => guarded(() => engine.search(request)),
    ids: request => guarded(() => engine.ids(request)),
    setSynonyms: groups => guarded(() => engine.setSynonyms(groups)),
    suggest: term => guarded(() => engine.suggest(term)),
    version: engine.version && (() => guarded(() => engine.version!())),
  }
}
