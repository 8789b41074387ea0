import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { ANALYZER_VERSION, isEmptyQuery } from '../analyzer'
import {
  SEARCHABLE_FIELDS,
  emptyFacetCounts,
  type EngineStatus,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type SearchResponse,
  type SynonymGroups,
} from '../searchTypes'
import { matchExpression, synonymIndex, type SynonymIndex } from './matchExpression'
import { scoreByRelevance, TIER_TABLES } from './relevance'
import { RowState, rowFacts, type RowFacts } from './rowState'
import { moveAside } from './indexFile'
import { corruptionOf, openFailureOf } from './sqliteFailures'
import { topHits } from './topHits'
import { Vocabulary } from './vocabulary'
import { SearchIndexCorruptError } from '../searchErrors'

// The layout of the file. A file of another version is emptied and rebuilt from MongoDB.
const SCHEMA_VERSION = `analyzer-${ANALYZER_VERSION};schema-4`

/**
 * The default engine: SQLite FTS5 in this process (better-sqlite3), persisted in one file under
 * DATA_DIR. FTS5 matches and ranks words (BM25 with field weights); the engine adds what FTS5 lacks
 * — typo tolerance (Vocabulary), synonyms (matchExpression) and facets, filters and sorts, which run
 * over compact per-document facts held in memory (RowState). The analysed text is stored only in the
 * full-text index (contentless); the public fields are kept as JSON for results and check-index.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded'
  private db: Database.Database | undefined
  private readonly state = new RowState()
  private readonly vocabulary = new Vocabulary()
  private synonyms: SynonymIndex = synonymIndex([])
  private fileVersion = 0

  /** `file` is the SQLite file, or ':memory:' for a throwaway index. */
  constructor(private readonly file: string) {}

  /**
   * Opens the file, checking it first: a damaged file or one with tables this engine did not make
   * raises SearchIndexCorruptError (see sqliteFailures.ts), for the caller to discard() and rebuild.
   */
  open(): Promise<void> {
    if (this.db) return Promise.resolve()
    if (this.file !== ':memory:') mkdirSync(path.dirname(this.file), { recursive: true })
    const db = new Database(this.file)
    try {
      this.prepareFile(db)
      this.db = db
      this.loadState()
    } catch (error) {
      this.db = undefined
      db.close()
      return Promise.reject(openFailureOf(error))
    }
    return Promise.resolve()
  }

  private prepareFile(db: Database.Database): void {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    // quick_check reads every page once (a second or so at 100,000 case studies): damage found
    // now costs a rebuild at start rather than failed searches later.
    const problems = (db.pragma('quick_check') as { quick_check: string }[]).map(row => row.quick_check)
    if (problems.join() !== 'ok') throw new SearchIndexCorruptError(`quick_check: ${problems.slice(0, 3).join('; ')}`)
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
    const version = db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'schema'").get()
    if (version?.value !== SCHEMA_VERSION) {
      db.exec(
        'DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS word_counts; DROP TABLE IF EXISTS words; DROP TABLE IF EXISTS titles; DROP TABLE IF EXISTS summaries; DELETE FROM meta',
      )
      db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(SCHEMA_VERSION)
    }
    db.exec(`
      CREATE TABLE IF NOT EXISTS documents (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL, facts TEXT NOT NULL);
      CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(${SEARCHABLE_FIELDS.join(', ')},
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
      CREATE VIRTUAL TABLE IF NOT EXISTS word_counts USING fts5vocab(words, 'row');
      ${TIER_TABLES.map(
        ({ table, field }) => `CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5(${field},
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');`,
      ).join('\n')}
    `)
  }

  /** Closes the index and moves its file aside (kept for diagnosis), so that open() starts afresh. */
  discard(): Promise<void> {
    this.db?.close()
    this.db = undefined
    this.state.clear()
    this.vocabulary.clear()
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
   * Reloads the in-memory state when another connection (`npm run reindex`, a second web process)
   * has changed the file since: SQLite's data_version moves only for other connections' commits.
   */
  private followFile(): void {
    const version = this.database.pragma('data_version', { simple: true }) as number
    if (version !== this.fileVersion) {
      if (this.fileVersion !== 0) this.loadState()
      this.fileVersion = version
    }
  }

  private get database(): Database.Database {
    if (!this.db) throw new Error('The embedded search engine is not open')
    return this.db
  }

  private loadState(): void {
    const db = this.database
    this.state.clear()
    for (const [rowid, facts] of db.prepare('SELECT rowid, facts FROM documents').raw().iterate() as Iterable<
      [number, string]
    >) {
      this.state.set(rowid, JSON.parse(facts) as RowFacts)
    }
    this.vocabulary.clear()
    for (const [term, documents] of db.prepare('SELECT term, doc FROM word_counts').raw().iterate() as Iterable<
      [string, number]
    >) {
      this.vocabulary.add(term, documents)
    }
    const synonyms = this.meta('synonyms')
    this.synonyms = synonymIndex(synonyms ? (JSON.parse(synonyms) as SynonymGroups) : [])
  }

  private meta(key: string): string | undefined {
    return this.database.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value
  }

  private setMeta(key: string, value: string): void {
    this.database.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value)
  }

  close(): Promise<void> {
    this.db?.close()
    this.db = undefined
    return Promise.resolve()
  }

  /**
   * Writes documents into every table and the in-memory facts. `addWords` keeps the typo
   * vocabulary in step one document at a time; a full rebuild skips it and reloads the vocabulary
   * from the index once at the end.
   */
  private write(documents: SearchDocument[], addWords = true): void {
    const db = this.database
    const deleteWords = db.prepare('DELETE FROM words WHERE rowid = ?')
    const insertDocument = db.prepare('INSERT OR REPLACE INTO documents (rowid, id, body, facts) VALUES (?, ?, ?, ?)')
    const insertWords = db.prepare(
      `INSERT INTO words (rowid, ${SEARCHABLE_FIELDS.join(', ')}) VALUES (?, ${SEARCHABLE_FIELDS.map(() => '?').join(', ')})`,
    )
    const tiers = TIER_TABLES.map(({ table, field }) => ({
      field,
      remove: db.prepare(`DELETE FROM ${table} WHERE rowid = ?`),
      insert: db.prepare(`INSERT INTO ${table} (rowid, ${field}) VALUES (?, ?)`),
    }))
    for (const document of documents) {
      const existing = this.state.rowOf.get(document.id)
      const rowid = existing ?? this.state.rowidFor(document.id)
      if (existing !== undefined) {
        deleteWords.run(rowid)
        for (const tier of tiers) tier.remove.run(rowid)
      }
      insertDocument.run(rowid, document.id, JSON.stringify(document), JSON.stringify(rowFacts(document)))
      insertWords.run(rowid, ...SEARCHABLE_FIELDS.map(field => document[field]))
      for (const tier of tiers) tier.insert.run(rowid, document[tier.field])
      this.state.set(rowid, document)
      if (!addWords) continue
      for (const term of new Set(SEARCHABLE_FIELDS.flatMap(field => document[field].split(' ')))) {
        if (term) this.vocabulary.add(term)
      }
    }
  }

  replaceAll(documents: SearchDocument[], source: string): Promise<void> {
    return this.guard(() => {
      const db = this.database
      // One transaction: a search sees the old index or the new one, and a crash leaves the old one.
      db.transaction(() => {
        db.exec(
          `DELETE FROM documents; DELETE FROM words; ${TIER_TABLES.map(({ table }) => `DELETE FROM ${table};`).join(' ')}`,
        )
        this.state.clear()
        this.write(documents, false)
        this.setMeta('source', source)
        this.setMeta('builtAt', new Date().toISOString())
      })()
      this.loadState()
    })
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.guard(() => {
      try {
        this.database.transaction(() => this.write(documents))()
      } catch (error) {
        this.loadState() // the transaction rolled back; memory must match the file again
        throw error
      }
    })
  }

  remove(ids: string[]): Promise<void> {
    return this.guard(() => {
      const db = this.database
      const deleteWords = db.prepare('DELETE FROM words WHERE rowid = ?')
      const deleteDocument = db.prepare('DELETE FROM documents WHERE rowid = ?')
      const deleteTiers = TIER_TABLES.map(({ table }) => db.prepare(`DELETE FROM ${table} WHERE rowid = ?`))
      db.transaction(() => {
        for (const id of ids) {
          const rowid = this.state.rowOf.get(id)
          if (rowid === undefined) continue
          deleteWords.run(rowid)
          for (const deleteTier of deleteTiers) deleteTier.run(rowid)
          deleteDocument.run(rowid)
        }
      })()
      for (const id of ids) this.state.delete(id)
    })
  }

  get(ids: string[]): Promise<SearchDocument[]> {
    return this.guard(() => {
      this.followFile()
      const rowids = ids.map(id => this.state.rowOf.get(id)).filter(rowid => rowid !== undefined)
      return this.bodies(rowids)
    })
  }

  private bodies(rowids: number[]): SearchDocument[] {
    if (rowids.length === 0) return []
    const rows = this.database
      .prepare(`SELECT rowid, body FROM documents WHERE rowid IN (${rowids.map(() => '?').join(',')})`)
      .raw()
      .all(...rowids) as [number, string][]
    const byRowid = new Map(rows.map(([rowid, body]) => [rowid, JSON.parse(body) as SearchDocument]))
    return rowids.map(rowid => byRowid.get(rowid)).filter(document => document !== undefined)
  }

  all(): Promise<SearchDocument[]> {
    return this.guard(() => {
      const bodies = this.database.prepare('SELECT body FROM documents').pluck().all() as string[]
      return bodies.map(body => JSON.parse(body) as SearchDocument)
    })
  }

  search(request: SearchRequest): Promise<SearchResponse> {
    return this.guard(() => {
      this.followFile()
      const { consider, collected } = this.state.collector(request)
      if (isEmptyQuery(request.query)) {
        for (const rowid of this.state.live()) consider(rowid, 0)
      } else {
        const match = matchExpression(request.query, this.vocabulary, this.synonyms)
        // Every match, for the total, the filters and the facet counts: rowids only, no scoring.
        const rowids = this.database
          .prepare('SELECT rowid FROM words WHERE words MATCH ?')
          .pluck()
          .all(match) as number[]
        for (const rowid of rowids) consider(rowid, 0)
        if (request.sort === 'relevance' && request.limit > 0) {
          scoreByRelevance(this.database, match, collected, request.offset + request.limit)
        }
      }
      const sort = request.sort === 'relevance' && isEmptyQuery(request.query) ? 'newest' : request.sort
      const page = topHits(collected, this.state.rows, sort, request.offset, request.limit)
      return {
        total: collected.rowids.length,
        hits: this.bodies(page),
        facets: collected.counts
          ? this.state.facetCounts(collected.counts)
          : request.facets
            ? emptyFacetCounts()
            : undefined,
      }
    })
  }

  setSynonyms(groups: SynonymGroups): Promise<void> {
    return this.guard(() => {
      this.setMeta('synonyms', JSON.stringify(groups))
      this.synonyms = synonymIndex(groups)
    })
  }

  suggest(term: string): Promise<string[]> {
    const maxTypos = term.length >= 8 ? 3 : term.length >= 4 ? 2 : 1
    return Promise.resolve(this.vocabulary.closest(term, maxTypos).slice(0, 5))
  }

  status(): Promise<EngineStatus> {
    return this.guard(() => ({
      engine: this.name,
      documents: this.state.rowOf.size,
      builtAt: this.meta('builtAt'),
      source: this.meta('source'),
    }))
  }
}
