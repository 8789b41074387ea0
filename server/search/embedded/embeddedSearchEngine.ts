import {
  emptyFacetCounts,
  type DocumentBatches,
  type EngineStatus,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
  type Synonyms,
} from '../searchTypes'
import { documentFacts } from './documentFacts'
import { DocumentFile, type IndexedDocument } from './documentFile'
import { moveAside } from './indexFile'
import { indexedText, MemoryIndex } from './memoryIndex'
import { RequestRanker, type RankedRequest } from './requestRanker'
import { corruptionOf, openFailureOf } from './sqliteFailures'
import { synonymIndex, type SynonymIndex } from './synonymIndex'

const NO_SYNONYMS: Synonyms = { groups: [], oneWay: [] }

const indexed = (document: SearchDocument): IndexedDocument => ({
  text: indexedText(document),
  facts: documentFacts(document),
})

/**
 * The default engine, in this process. A SQLite file under DATA_DIR keeps the documents
 * (documentFile.ts), so the index survives a restart without MongoDB; the searching happens in
 * memory, over typed arrays built from that file at open (MemoryIndex): posting lists per term with
 * the fields each document holds it in, each document's terms in order for phrases and proximity,
 * and facet codes per document. RequestRanker answers each request from them; MongoDB stays the
 * system of record and the file can always be rebuilt from it.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded'
  private file: DocumentFile | undefined
  private memory = new MemoryIndex()
  private readonly ranker = new RequestRanker()
  private synonyms: SynonymIndex = synonymIndex(NO_SYNONYMS)
  private fileVersion = 0
  /** Counts changes to what searches read (see version()). */
  private changes = 0

  /** `path` is the SQLite file, or ':memory:' for a throwaway index. */
  constructor(private readonly path: string) {}

  open(): Promise<void> {
    if (this.file) return Promise.resolve()
    try {
      this.file = DocumentFile.open(this.path, 0, true)
      this.load()
    } catch (error) {
      this.closeFile()
      return Promise.reject(openFailureOf(error))
    }
    return Promise.resolve()
  }

  /** Closes the index and moves its file aside (kept for diagnosis), so that open() starts afresh. */
  discard(): Promise<void> {
    this.closeFile()
    this.memory = new MemoryIndex()
    this.changes++
    this.fileVersion = 0
    if (this.path !== ':memory:') moveAside(this.path, new Date())
    return Promise.resolve()
  }

  /** Runs one operation, reporting damage found on the way as SearchIndexCorruptError. */
  private guard<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work())
    } catch (error) {
      return Promise.reject(corruptionOf(error))
    }
  }

  private get opened(): DocumentFile {
    if (!this.file) throw new Error('The embedded search engine is not open')
    return this.file
  }

  /**
   * Reloads memory when another connection (`npm run reindex`, a rebuild, a second web process) has
   * changed the file since: SQLite's data_version moves only for other connections' commits.
   */
  private followFile(): void {
    const version = this.opened.dataVersion()
    if (version !== this.fileVersion) {
      if (this.fileVersion !== 0) this.load()
      this.fileVersion = version
    }
  }

  /** Builds memory from the file, in the order the documents were written. */
  private load(): void {
    const file = this.opened
    const memory = new MemoryIndex()
    memory.startBulk()
    for (const { text, facts } of file.indexedRows()) memory.add(text, facts)
    memory.trim()
    this.memory = memory
    this.changes++
    const synonyms = file.meta('synonyms')
    this.synonyms = synonymIndex(synonyms ? (JSON.parse(synonyms) as Synonyms) : NO_SYNONYMS)
    this.fileVersion = file.dataVersion()
  }

  close(): Promise<void> {
    this.closeFile()
    return Promise.resolve()
  }

  private closeFile(): void {
    this.file?.close()
    this.file = undefined
  }

  /**
   * Rebuilds from the batches as they come, on a second connection: searches meanwhile read the old
   * index (WAL readers keep their snapshot), a crash leaves the old one, and the new one appears at
   * commit.
   */
  async replaceAll(batches: DocumentBatches, source: string): Promise<void> {
    const target = this.path === ':memory:' ? this.opened : DocumentFile.open(this.path, 5_000)
    const memory = new MemoryIndex()
    memory.startBulk()
    try {
      await target.replaceAll(
        batches,
        document => {
          const row = indexed(document)
          memory.add(row.text, row.facts)
          return row
        },
        () => ({ source, builtAt: new Date().toISOString() }),
      )
    } finally {
      if (target !== this.file) target.close()
    }
    memory.trim()
    this.memory = memory
    this.changes++
    this.fileVersion = this.opened.dataVersion()
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.guard(() => {
      this.followFile()
      const rows = documents.map(document => ({ document, indexed: indexed(document) }))
      this.opened.put(rows)
      for (const { indexed: row } of rows) this.memory.add(row.text, row.facts)
      this.changes++
      if (this.memory.wasteful) this.load()
    })
  }

  remove(ids: string[]): Promise<void> {
    return this.guard(() => {
      this.followFile()
      this.opened.delete(ids)
      for (const id of ids) this.memory.remove(id)
      this.changes++
      if (this.memory.wasteful) this.load()
    })
  }

  get(ids: string[]): Promise<SearchDocument[]> {
    return this.guard(() => {
      this.followFile()
      return this.opened.bodies(ids)
    })
  }

  all(): Promise<SearchDocument[]> {
    return this.guard(() => this.opened.all())
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.guard(() => {
      const { total, page, counts, unmatched, misspelt } = this.rankNow(request)
      return {
        total,
        hits: this.opened.bodies(this.idsOf(page)),
        facets: counts ? this.memory.facts.facetCounts(counts) : request.facets ? emptyFacetCounts() : undefined,
        unmatched,
        misspelt,
      }
    })
  }

  /**
   * Every matching id in the request's order, read from memory alone (no document bodies): a
   * sort of all the matches, about 0.1 s at 100,000, for exports.
   */
  ids(request: SearchRequest): Promise<string[]> {
    return this.guard(() => {
      const { page } = this.rankNow({ ...request, offset: 0, limit: Number.MAX_SAFE_INTEGER, facets: false })
      return this.idsOf(page)
    })
  }

  private idsOf(ordinals: number[]): string[] {
    return ordinals.map(ordinal => this.memory.facts.ids[ordinal]!)
  }

  private rankNow(request: SearchRequest): RankedRequest {
    this.followFile()
    return this.ranker.rank(this.memory, this.synonyms, request)
  }

  setSynonyms(synonyms: Synonyms): Promise<void> {
    return this.guard(() => {
      this.opened.setMeta('synonyms', JSON.stringify(synonyms))
      this.synonyms = synonymIndex(synonyms)
      this.changes++
    })
  }

  suggest(term: string): Promise<string[]> {
    const maxTypos = term.length >= 8 ? 3 : term.length >= 4 ? 2 : 1
    const { text } = this.memory
    const corrections = text.surface
      .corrections(term, maxTypos)
      .sort((a, b) => a.typos - b.typos || text.frequency(b.termId) - text.frequency(a.termId))
    return Promise.resolve([...new Set(corrections.map(correction => correction.word))].slice(0, 5))
  }

  /** Moves with every change this process makes and, through data_version, every other process's. */
  version(): Promise<number> {
    return this.guard(() => {
      this.followFile()
      return this.changes
    })
  }

  status(): Promise<EngineStatus> {
    return this.guard(() => ({
      engine: this.name,
      documents: this.memory.text.liveCount,
      builtAt: this.opened.meta('builtAt'),
      source: this.opened.meta('source'),
    }))
  }
}
