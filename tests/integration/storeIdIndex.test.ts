import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { type Collection, type Document, MongoClient, ObjectId } from 'mongodb'
import mongoose from 'mongoose'
import { freeLoopbackPort } from '../../server/store/embeddedStore'
import { ensureStoreBinary } from '../../server/store/storeBinary'
import { useTestDatabase } from '../helpers/testDatabase'

// The store binary carries a patch (scripts/ferretdb/patches/idIndex.ts) so that lookups by _id use the
// _id index FerretDB creates; unpatched, each one read the whole table. These tests hold the binary the
// app and the tests run (ensureStoreBinary) to that.

const DOCUMENTS = 3000

async function fill(collection: Collection<Document>): Promise<ObjectId[]> {
  const ids: ObjectId[] = []
  for (let start = 0; start < DOCUMENTS; start += 1000) {
    const batch = Array.from({ length: 1000 }, (_, i) => ({ _id: new ObjectId(), n: start + i }))
    ids.push(...batch.map(document => document._id))
    await collection.insertMany(batch)
  }
  return ids
}

/** The plan lines FerretDB's explain reports: SQLite's EXPLAIN QUERY PLAN of the SQL it would run. */
async function planOf(collection: Collection<Document>, filter: Document): Promise<string[]> {
  const explained = await collection.db.command({ explain: { find: collection.collectionName, filter } })
  return (explained.queryPlanner as { Plan: string[] }).Plan
}

describe('lookups by _id in the embedded store', () => {
  useTestDatabase()
  const collection = () => mongoose.connection.db!.collection('id_index_probes')

  test('a find by _id on a collection of thousands searches the _id index instead of scanning', async () => {
    const ids = await fill(collection())
    await collection().insertOne({ _id: 'a-session-id' as never, n: -1 })

    for (const _id of [ids[1234]!, 'a-session-id']) {
      const plan = await planOf(collection(), { _id })
      expect(plan.join('\n')).toMatch(/SEARCH id_index_probes_\w+ USING INDEX id_index_probes_\w+__id_ /)
      expect(plan.join('\n')).not.toMatch(/\bSCAN\b/)
    }
    expect(await collection().findOne({ _id: ids[1234]! })).toEqual({ _id: ids[1234], n: 1234 })
  })

  test('every kind of _id is still found, updated and deleted by its value', async () => {
    const kinds: unknown[] = [new ObjectId(), 'text-id', 42, 4.5, 0, '42']
    await collection().insertMany(kinds.map((_id, n): Document => ({ _id, n, kind: 'kinds' })))

    for (const [n, _id] of kinds.entries()) {
      expect(await collection().findOne({ _id } as Document)).toEqual({ _id, n, kind: 'kinds' })
      expect((await collection().updateOne({ _id } as Document, { $set: { n: n + 100 } })).modifiedCount).toBe(1)
    }
    // The number 42 and the text '42' stay different documents.
    expect(await collection().findOne({ _id: 42 } as Document)).toMatchObject({ n: 102 })
    expect(await collection().findOne({ _id: '42' } as Document)).toMatchObject({ n: 105 })
    for (const _id of kinds) expect((await collection().deleteOne({ _id } as Document)).deletedCount).toBe(1)
    expect(await collection().countDocuments({ kind: 'kinds' })).toBe(0)
    await expect(collection().insertOne({ _id: 'text-id' as never })).resolves.toBeDefined()
    await expect(collection().insertOne({ _id: 'text-id' as never })).rejects.toMatchObject({ code: 11000 })
  })
})

/** SQL statements the store logged at debug level (`>>> SQL` lines of FerretDB's fsql package). */
function sqlStatements(log: string): string[] {
  return log
    .split('\n')
    .map(line => /\bmsg="(>>> (?:[^"\\]|\\.)*)"/.exec(line)?.[1])
    .filter((quoted): quoted is string => quoted !== undefined)
    .map(quoted => (JSON.parse(`"${quoted}"`) as string).slice(4))
}

describe('the SQL the store binary sends for lookups, updates and deletes by _id', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-id-index-'))
  let store: ChildProcess
  let client: MongoClient
  let log = ''

  beforeAll(async () => {
    const port = await freeLoopbackPort()
    store = spawn(ensureStoreBinary(), ['-listen', `127.0.0.1:${port}`, '-data', dataDir, '-log-level', 'debug'], {
      stdio: ['pipe', 'ignore', 'pipe'],
    })
    // Debug logs carry whole wire messages too; only the SQL lines are kept.
    let partial = ''
    store.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n')
      partial = lines.pop() ?? ''
      log += lines.filter(line => line.includes('msg=">>> ')).join('\n') + '\n'
    })
    client = new MongoClient(`mongodb://127.0.0.1:${port}/`, { serverSelectionTimeoutMS: 20_000 })
    await client.connect()
  })

  afterAll(async () => {
    await client?.close()
    if (store && store.exitCode === null) {
      const exited = new Promise(resolve => store.once('exit', resolve))
      store.kill('SIGTERM')
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('use exactly the expression of the _id index, which SQLite then searches', async () => {
    const collection = client.db('probe').collection('revisions')
    const ids = await fill(collection)
    log = ''
    await collection.findOne({ _id: ids[10]! })
    await collection.updateOne({ _id: ids[11]! }, { $set: { n: -1 } })
    await collection.deleteOne({ _id: ids[12]! })
    const plan = await planOf(collection, { _id: ids[13]! })
    // The store writes its log after it answers: wait for the last statement's line to arrive.
    for (let waited = 0; waited < 10_000 && !sqlStatements(log).some(sql => sql.startsWith('EXPLAIN')); waited += 50)
      await new Promise(resolve => setTimeout(resolve, 50))

    const index = new Database(path.join(dataDir, 'probe.sqlite'), { readonly: true, fileMustExist: true })
    const { sql: indexSql } = index
      .prepare(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'revisions\\_%\\_\\_id\\_' ESCAPE '\\'",
      )
      .get() as { sql: string }
    index.close()
    const indexExpression = /^CREATE UNIQUE INDEX "\w+" ON "\w+" \((.+)\)$/.exec(indexSql)?.[1]
    expect(indexExpression).toBeDefined()

    const byId = sqlStatements(log).filter(sql => /\bWHERE\b/.test(sql))
    const kinds = byId.map(sql => sql.split(' ')[0])
    expect(kinds).toEqual(expect.arrayContaining(['SELECT', 'UPDATE', 'DELETE', 'EXPLAIN']))
    for (const sql of byId) {
      // SQLite uses an index on an expression only for that same expression.
      expect({ sql, expression: /\bWHERE (.+?) (?:= \?|IN \()/.exec(sql)?.[1] }).toEqual({
        sql,
        expression: indexExpression,
      })
    }
    expect(plan.join('\n')).toMatch(/SEARCH revisions_\w+ USING INDEX revisions_\w+__id_ /)
  })
})
