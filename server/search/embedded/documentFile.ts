import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { ANALYZER_VERSION } from '../analyzer'
import { SearchIndexCorruptError } from '../searchErrors'
import type { DocumentBatches, SearchDocument } from '../searchTypes'
import type { DocumentFacts } from './documentFacts'
import { storedBody, storedDocument } from './memoryIndex'
import { corruptionOf } from './sqliteFailures'

// The layout of the file. A file of another version is emptied and rebuilt from MongoDB.
const SCHEMA_VERSION = `analyzer-${ANALYZER_VERSION};schema-6`
/** Statements for reading up to this many documents are kept (a page is 20). */
const KEPT_STATEMENTS = 100
/** Where the data_version statement is kept among them. */
const DATA_VERSION = 0

/** What the index is built from for a document, kept in its row beside the body: its text and facets. */
export interface IndexedDocument {
  text: string
  facts: DocumentFacts
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
 * One connection to the SQLite file (better-sqlite3) that keeps the embedded index's documents, so
 * the index survives a restart without MongoDB. The searching itself happens in memory
 * (MemoryIndex), built from these rows.
 */
export class DocumentFile {
  /** Prepared statements of this connection (see bodiesStatement(), dataVersion()). */
  private readonly statements = new Map<number, Database.Statement>()

  private constructor(private readonly db: Database.Database) {}

  /**
   * Opens (creating if need be) the file. `wait` is how long a write waits for another connection's:
   * none on the serving connection, whose synchronous wait would stall the event loop (and with it
   * the rebuild it waits for); a write that meets a rebuild fails and the indexer retries it.
   */
  static open(file: string, wait = 0, check = false): DocumentFile {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
    const db = new Database(file, { timeout: wait })
    try {
      prepareFile(db, check)
    } catch (error) {
      db.close()
      throw error
    }
    return new DocumentFile(db)
  }

  close(): void {
    this.statements.clear()
    this.db.close()
  }

  /**
   * SQLite's data_version, which moves only for other connections' commits, through a statement
   * kept for the connection: every search asks, and db.pragma() compiles the statement afresh each
   * time (about as long as a small search).
   */
  dataVersion(): number {
    let statement = this.statements.get(DATA_VERSION)
    if (!statement) {
      statement = this.db.prepare('PRAGMA data_version').pluck()
      this.statements.set(DATA_VERSION, statement)
    }
    return statement.get() as number
  }

  meta(key: string): string | undefined {
    return this.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value)
  }

  /** Every document's indexed text and facets, in the order they were written. */
  *indexedRows(): Generator<IndexedDocument> {
    const rows = this.db.prepare('SELECT text, facts FROM documents ORDER BY rowid').raw().iterate() as Iterable<
      [string, string]
    >
    for (const [text, facts] of rows) yield { text, facts: JSON.parse(facts) as DocumentFacts }
  }

  private inserter() {
    const statement = this.db.prepare('INSERT OR REPLACE INTO documents (id, body, text, facts) VALUES (?, ?, ?, ?)')
    return (document: SearchDocument, { text, facts }: IndexedDocument) =>
      statement.run(document.id, storedBody(document), text, JSON.stringify(facts))
  }

  /** Writes the documents (replacing any with the same id) in one transaction. */
  put(documents: Array<{ document: SearchDocument; indexed: IndexedDocument }>): void {
    const insert = this.inserter()
    this.db.transaction(() => {
      for (const { document, indexed } of documents) insert(document, indexed)
    })()
  }

  delete(ids: string[]): void {
    const remove = this.db.prepare('DELETE FROM documents WHERE id = ?')
    this.db.transaction(() => {
      for (const id of ids) remove.run(id)
    })()
  }

  /**
   * Replaces every document with the batches as they come (so a rebuild never holds the whole
   * catalogue in memory twice) in one transaction: readers on other connections keep their WAL
   * snapshot, a crash leaves the old documents, and the new ones appear at commit. `index` makes
   * each document's row and sees it on the way; `meta` is asked once every batch is written.
   */
  async replaceAll(
    batches: DocumentBatches,
    index: (document: SearchDocument) => IndexedDocument,
    meta: () => Record<string, string>,
  ): Promise<void> {
    const insert = this.inserter()
    this.db.exec('BEGIN IMMEDIATE')
    try {
      this.db.exec('DELETE FROM documents')
      for await (const batch of batches) for (const document of batch) insert(document, index(document))
      for (const [key, value] of Object.entries(meta())) this.setMeta(key, value)
      this.db.exec('COMMIT')
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK')
      throw corruptionOf(error)
    }
  }

  /** The documents with these ids, in the order asked, leaving out any not in the file. */
  bodies(ids: string[]): SearchDocument[] {
    if (ids.length === 0) return []
    const rows = this.bodiesStatement(ids.length).all(...ids) as [string, string, string][]
    const byId = new Map(rows.map(([id, body, text]) => [id, storedDocument(body, text)]))
    return ids.map(id => byId.get(id)).filter(document => document !== undefined)
  }

  /** The statement reading `count` documents by id: kept per count for pages (compiling it costs as much as running it). */
  private bodiesStatement(count: number): Database.Statement {
    let statement = this.statements.get(count)
    if (!statement) {
      statement = this.db
        .prepare(`SELECT id, body, text FROM documents WHERE id IN (${Array(count).fill('?').join(',')})`)
        .raw()
      if (count <= KEPT_STATEMENTS) this.statements.set(count, statement)
    }
    return statement
  }

  all(): SearchDocument[] {
    const rows = this.db.prepare('SELECT body, text FROM documents').raw().all() as [string, string][]
    return rows.map(([body, text]) => storedDocument(body, text))
  }
}
