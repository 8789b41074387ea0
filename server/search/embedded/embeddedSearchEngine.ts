import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { ANALYZER_VERSION, isEmptyQuery } from '../analyzer'
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
import { SearchIndexCorruptError } from '../searchErrors'
import { ConceptScores } from './conceptScores'
import { documentFacts, type DocumentFacts } from './documentFacts'
import { indexedText, MemoryIndex, storedBody, storedDocument } from './memoryIndex'
import { GrowableInt32 } from './growable'
import { planQuery, type Concept } from './queryPlan'
import { pageOf, relevanceKeys } from './ranking'
import { moveAside } from './indexFile'
import { corruptionOf, openFailureOf } from './sqliteFailures'
import { synonymIndex, type SynonymIndex } from './synonymIndex'

// The layout of the file. A file of another version is emptied and rebuilt from MongoDB.
const SCHEMA_VERSION = `analyzer-${ANALYZER_VERSION};schema-6`
const NO_SYNONYMS: Synonyms = { groups: [], oneWay: [] }
/** Statements for reading up to this many documents are kept (a page is 20). */
const KEPT_STATEMENTS = 100
/** Where the data_version statement is kept among them. */
const DATA_VERSION = 0

/**
 * Opens (creating if need be) the file. `wait` is how long a write waits for another connection's:
 * none on the serving connection, whose synchronous wait would stall the event loop (and with it
 * the rebuild it waits for); a write that meets a rebuild fails and the indexer retries it.
 */
function openFile(file: string, wait = 0, check = false): Database.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const db = new Database(file, { timeout: wait })
  try {
    prepareFile(db, check)
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

/**
 * Sets the file up (optionally checking it first) and makes its tables. A damaged file, or one with tables this engine did not
 * make, raises SearchIndexCorruptError (sqliteFailures.ts), for the caller to discard() and rebuild.
 */
function prepareFile(db: Database.Database, check: boolean): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  if (check) {
    // quick_check reads every page once (a second or so at 100,000 case studies): damage found
    // at open costs a rebuild at start rather than failed searches later.
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).map(row => row.quick_check)
    if (problems.join() !== 'ok') throw new SearchIndexCorruptError(`quick_check: ${problems.slice(0, 3).join('; ')}`)
  }
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
  const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema'").get()
  if (version?.value !== SCHEMA_VERSION) {
    db.exec('DROP TABLE IF EXISTS documents; DELETE FROM meta')
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION)
  }
  db.exec(
    'CREATE TABLE IF NOT EXISTS documents (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, text TEXT NOT NULL, facts TEXT NOT NULL)',
  )
}

/**
 * The default engine, in this process. SQLite (better-sqlite3) keeps the documents in one file under
 * DATA_DIR, so the index survives a restart without MongoDB; the searching happens in memory, over
 * typed arrays built from that file at open (MemoryIndex): posting lists per term with the fields
 * each document holds it in, each document's terms in order for phrases and proximity, and facet
 * codes per document. Queries are planned (queryPlan.ts), scored (conceptScores.ts) and ranked
 * (ranking.ts) here; MongoDB stays the system of record and the file can always be rebuilt from it.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded'
  private db: Database.Database | undefined
  private memory = new MemoryIndex()
  private readonly scores = new ConceptScores()
  // The matches before filtering, reused by every search (searches run one at a time).
  private readonly candidates = new GrowableInt32(1 << 12)
  private synonyms: SynonymIndex = synonymIndex(NO_SYNONYMS)
  private fileVersion = 0
  /** Prepared statements of this connection (see bodiesStatement(), dataVersion()); dropped when it closes. */
  private readonly statements = new Map<number, Database.Statement>()
  /** Counts changes to what searches read (see version()). */
  private changes = 0

  /** `file` is the SQLite file, or ':memory:' for a throwaway index. */
  constructor(private readonly file: string) {}

  open(): Promise<void> {
    if (this.db) return Promise.resolve()
    try {
      this.db = openFile(this.file, 0, true)
      this.load()
    } catch (error) {
      this.db?.close()
      this.db = undefined
      this.statements.clear()
      return Promise.reject(openFailureOf(error))
    }
    return Promise.resolve()
  }

  /** Closes the index and moves its file aside (kept for diagnosis), so that open() starts afresh. */
  discard(): Promise<void> {
    this.db?.close()
    this.db = undefined
    this.statements.clear()
    this.memory = new MemoryIndex()
    this.changes++
    this.fileVersion = 0
    if (this.file !== ':memory:') moveAside(this.file, new Date())
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

  /**
   * Reloads memory when another connection (`npm run reindex`, a rebuild, a second web process) has
   * changed the file since: SQLite's data_version moves only for other connections' commits.
   */
  private followFile(): void {
    const version = this.dataVersion()
    if (version !== this.fileVersion) {
      if (this.fileVersion !== 0) this.load()
      this.fileVersion = version
    }
  }

  /**
   * SQLite's data_version, through a statement kept for the connection: every search asks, and
   * db.pragma() compiles the statement afresh each time (about as long as a small search).
   */
  private dataVersion(): number {
    let statement = this.statements.get(DATA_VERSION)
    if (!statement) {
      statement = this.database.prepare('PRAGMA data_version').pluck()
      this.statements.set(DATA_VERSION, statement)
    }
    return statement.get() as number
  }

  private get database(): Database.Database {
    if (!this.db) throw new Error('The embedded search engine is not open')
    return this.db
  }

  /** Builds memory from the file, in the order the documents were written. */
  private load(): void {
    const memory = new MemoryIndex()
    memory.startBulk()
    const rows = this.database.prepare('SELECT text, facts FROM documents ORDER BY rowid').raw().iterate() as Iterable<
      [string, string]
    >
    for (const [text, facts] of rows) memory.add(text, JSON.parse(facts) as DocumentFacts)
    memory.trim()
    this.memory = memory
    this.changes++
    const synonyms = this.meta('synonyms')
    this.synonyms = synonymIndex(synonyms ? (JSON.parse(synonyms) as Synonyms) : NO_SYNONYMS)
    this.fileVersion = this.dataVersion()
  }

  private meta(key: string, db = this.database): string | undefined {
    return db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value
  }

  private setMeta(key: string, value: string, db = this.database): void {
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value)
  }

  close(): Promise<void> {
    this.db?.close()
    this.db = undefined
    this.statements.clear()
    return Promise.resolve()
  }

  private static insert(db: Database.Database) {
    const statement = db.prepare('INSERT OR REPLACE INTO documents (id, body, text, facts) VALUES (?, ?, ?, ?)')
    return (document: SearchDocument, text: string, facts: DocumentFacts) =>
      statement.run(document.id, storedBody(document), text, JSON.stringify(facts))
  }

  /**
   * Rebuilds from the batches as they come (so a rebuild never holds the whole catalogue in memory
   * twice), in one transaction on a second connection: searches meanwhile read the old index (WAL
   * readers keep their snapshot), a crash leaves the old one, and the new one appears at commit.
   */
  async replaceAll(batches: DocumentBatches, source: string): Promise<void> {
    const db = this.file === ':memory:' ? this.database : openFile(this.file, 5_000)
    const memory = new MemoryIndex()
    memory.startBulk()
    const insert = EmbeddedSearchEngine.insert(db)
    db.exec('BEGIN IMMEDIATE')
    try {
      db.exec('DELETE FROM documents')
      for await (const batch of batches) {
        for (const document of batch) {
          const text = indexedText(document)
          const facts = documentFacts(document)
          insert(document, text, facts)
          memory.add(text, facts)
        }
      }
      this.setMeta('source', source, db)
      this.setMeta('builtAt', new Date().toISOString(), db)
      db.exec('COMMIT')
      memory.trim()
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw corruptionOf(error)
    } finally {
      if (db !== this.db) db.close()
    }
    this.memory = memory
    this.changes++
    this.fileVersion = this.dataVersion()
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.guard(() => {
      this.followFile()
      const insert = EmbeddedSearchEngine.insert(this.database)
      const prepared = documents.map(document => ({
        document,
        text: indexedText(document),
        facts: documentFacts(document),
      }))
      this.database.transaction(() => {
        for (const { document, text, facts } of prepared) insert(document, text, facts)
      })()
      for (const { text, facts } of prepared) this.memory.add(text, facts)
      this.changes++
      if (this.memory.wasteful) this.load()
    })
  }

  remove(ids: string[]): Promise<void> {
    return this.guard(() => {
      this.followFile()
      const remove = this.database.prepare('DELETE FROM documents WHERE id = ?')
      this.database.transaction(() => {
        for (const id of ids) remove.run(id)
      })()
      for (const id of ids) this.memory.remove(id)
      this.changes++
      if (this.memory.wasteful) this.load()
    })
  }

  get(ids: string[]): Promise<SearchDocument[]> {
    return this.guard(() => {
      this.followFile()
      return this.bodies(ids)
    })
  }

  private bodies(ids: string[]): SearchDocument[] {
    if (ids.length === 0) return []
    const rows = this.bodiesStatement(ids.length).all(...ids) as [string, string, string][]
    const byId = new Map(rows.map(([id, body, text]) => [id, storedDocument(body, text)]))
    return ids.map(id => byId.get(id)).filter(document => document !== undefined)
  }

  /** The statement reading `count` documents by id: kept per count for pages (compiling it costs as much as running it). */
  private bodiesStatement(count: number): Database.Statement {
    let statement = this.statements.get(count)
    if (!statement) {
      statement = this.database
        .prepare(`SELECT id, body, text FROM documents WHERE id IN (${Array(count).fill('?').join(',')})`)
        .raw()
      if (count <= KEPT_STATEMENTS) this.statements.set(count, statement)
    }
    return statement
  }

  all(): Promise<SearchDocument[]> {
    return this.guard(() => {
      const rows = this.database.prepare('SELECT body, text FROM documents').raw().all() as [string, string][]
      return rows.map(([body, text]) => storedDocument(body, text))
    })
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.guard(() => this.searchNow(request))
  }

  private searchNow(request: SearchRequest): SearchResponse {
    const { total, page, counts } = this.rankNow(request)
    return {
      total,
      hits: this.bodies(page.map(ordinal => this.memory.facts.ids[ordinal]!)),
      facets: counts ? this.memory.facts.facetCounts(counts) : request.facets ? emptyFacetCounts() : undefined,
    }
  }

  /**
   * Every matching id in the request's order, read from memory alone (no document bodies): a
   * sort of all the matches, about 0.1 s at 100,000, for exports.
   */
  ids(request: SearchRequest): Promise<string[]> {
    return this.guard(() => {
      const { page } = this.rankNow({ ...request, offset: 0, limit: Number.MAX_SAFE_INTEGER, facets: false })
      return page.map(ordinal => this.memory.facts.ids[ordinal]!)
    })
  }

  /** The matches of a request: how many, the ordinals of the page asked for, and facet counts if asked. */
  private rankNow(request: SearchRequest) {
    this.followFile()
    const { text, facts, ordinalOf } = this.memory
    // The indexer and imports ask how many adapted each new case study: answered without a pass
    // over the catalogue when nobody has.
    if (request.adaptedFromId !== undefined && !facts.mayBeAdaptedFrom(request.adaptedFromId))
      return { total: 0, page: [], counts: undefined }
    const excluded = new Set((request.excludeIds ?? []).map(id => ordinalOf.get(id) ?? -1))
    const emptyQuery = isEmptyQuery(request.query)
    const candidates = this.candidates
    candidates.length = 0
    try {
      let relevance: Parameters<typeof pageOf>[0]['relevance']
      let concepts: Concept[] = []
      if (emptyQuery) {
        const live = text.liveFlags
        for (let ordinal = 0; ordinal < text.size; ordinal++) if (live[ordinal]) candidates.push(ordinal)
      } else {
        concepts = planQuery(request.query, text, this.synonyms)
        this.scores.score(text, concepts)
        let required = 0
        let meaningful = 0
        concepts.forEach((concept, at) => {
          if (concept.required) required |= 1 << at
          if (!concept.common) meaningful |= 1 << at
        })
        // A query of nothing but very common words still finds the case studies holding them.
        if (meaningful === 0) meaningful = ~0
        const bits = this.scores.bits
        for (const d of this.scores.touched) {
          const held = bits[d]!
          if ((held & required) === required && held & meaningful) candidates.push(d)
        }
      }
      const { ordinals, counts } = facts.collect(request, excluded, candidates.view(), text.liveFlags)
      if (!emptyQuery && request.sort === 'relevance')
        relevance = { ...relevanceKeys(this.scores, concepts, ordinals), scores: this.scores, concepts, index: text }
      const page = pageOf({
        ordinals,
        sort: request.sort === 'relevance' && emptyQuery ? 'newest' : request.sort,
        offset: request.offset,
        limit: request.limit,
        facts,
        relevance,
      })
      return { total: ordinals.length, page, counts }
    } finally {
      this.scores.clear()
    }
  }

  setSynonyms(synonyms: Synonyms): Promise<void> {
    return this.guard(() => {
      this.setMeta('synonyms', JSON.stringify(synonyms))
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
      builtAt: this.meta('builtAt'),
      source: this.meta('source'),
    }))
  }
}
