import { mkdtempSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import mongoose from 'mongoose'
import { parse } from 'csv-parse/sync'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { connectDatabase, disconnectDatabase } from '../../server/data/database'
import { createServices, type Services } from '../../server/services'
import { csvFile, goodRow } from '../factories/importFile'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { formClient, signedInClient } from '../helpers/formClient'
import { runScriptWith } from '../helpers/runScript'
import { createTestApp, testConfig, testDataDir, testLogger, testServices } from '../helpers/testApp'
import { testStoreUri, useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()
const services = testServices()

/** Both downloads of everything, as a visitor gets them. */
async function exportsOf(from: Services) {
  const client = formClient(createTestApp(from))
  const text = (format: string) =>
    client
      .get(`/case-studies/export.${format}`)
      .buffer(true)
      .parse((res, done) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => done(null, body))
      })
      .then(res => res.body as string)
  return { csv: await text('csv'), jsonl: await text('jsonl') }
}

// What may differ between a catalogue and one an export of it was imported into: each case
// study's id. Records are compared sorted, as case studies published at the same moment are
// ordered by id.
const csvRecords = (csv: string) =>
  (parse(csv, { bom: true, raw: true }) as unknown as { raw: string }[])
    .slice(1)
    .map(({ raw }) => raw.replace(/^[0-9a-f]{24},/, 'ID,'))
    .sort()
const jsonRecords = (jsonl: string) =>
  jsonl
    .trimEnd()
    .split('\n')
    .map(line => line.replace(/^\{"id":"[0-9a-f]{24}",/, '{"id":"ID",'))
    .sort()

let original: { csv: string; jsonl: string }

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  const app = createTestApp(services)
  const { client: publisher } = await signedInClient(app, { role: 'publisher' })
  const { client: curator } = await signedInClient(app, { role: 'networkAdmin' })
  await publishCaseStudy(publisher, curator, {
    'title-and-summary': { title: 'Published on the site', summary: 'With contacts.', stage: 'live' },
  })
  // Case studies from another source: external ids of their own, awkward text, a curator's confirmation.
  const imported = [
    goodRow({ title: '=Formula-looking title', summary: '+ a sum\nover "two" lines', evidence_level_confirmed: '2' }),
    goodRow({
      tags: "@mention;'quoted;-minus",
      published_at: '2025-01-02T03:04:05.006Z',
      first_published_at: '2024-12-31T00:00:00.000Z',
    }),
  ]
  const text = csvFile(imported)
  const report = await services.caseStudyImports.importFile(
    'command-line',
    { name: 'source.csv', size: text.length, format: 'csv', open: () => Readable.from([text]) },
    { mode: 'published', dryRun: false, context: { actorId: null, ip: null } },
  )
  expect(report.created).toBe(2)
  await services.searchIndex.ready()
  await services.searchIndex.indexer.drain()
  original = await exportsOf(services)
}, 120_000)
afterAll(() => services.searchIndex.stop())

describe('export, then import into the same catalogue', () => {
  it('changes nothing; a changed row updates its case study in place and keeps its contacts', async () => {
    const file = path.join(testDataDir, 'same.csv')
    writeFileSync(file, original.csv)
    const again = runScriptWith({}, 'import.ts', database.name, file)
    expect(again.stdout).toMatch(/Imported as published: 0 created, 0 updated, \d+ unchanged, 0 rejected/)

    const row = original.csv.split('\r\n').find(line => line.includes('Published on the site'))!
    const id = row.slice(0, 24)
    const changed = row.replace('With contacts.', 'With contacts and changed.')
    writeFileSync(file, `${original.csv.split('\r\n')[0]}\r\n${changed}\r\n`)
    const update = runScriptWith({}, 'import.ts', database.name, file)
    expect(update.stdout).toContain('Imported as published: 0 created, 1 updated, 0 unchanged, 0 rejected, of 1 rows')
    const stored = await CaseStudy.findById(id).lean<CaseStudyRecord>()
    expect(stored?.published?.content.summary).toBe('With contacts and changed.')
    expect(stored?.published?.content.contacts.map(contact => contact.email)).toEqual(['alex.contact@example.org'])
    expect(await CaseStudy.countDocuments({ 'published.content.title': 'Published on the site' })).toBe(1)
  })
})

describe('export, import into a fresh database, export again', () => {
  it.each(['csv', 'jsonl'] as const)('gives the same %s, ids apart', async format => {
    const name = `${database.name}_${format}`
    const dataDir = mkdtempSync(path.join(testDataDir, `${format}-`))
    const file = path.join(dataDir, `catalogue.${format}`)
    writeFileSync(file, original[format])
    const run = runScriptWith({ DATA_DIR: dataDir }, 'import.ts', name, file)
    expect(run.stdout).toMatch(/Imported as published: \d+ created, 0 updated, 0 unchanged, 0 rejected/)
    expect(run.status).toBe(0)

    await disconnectDatabase()
    await connectDatabase(testStoreUri(), name)
    const copy = createServices({ config: testConfig({ DATA_DIR: dataDir }), logger: testLogger })
    try {
      await copy.searchIndex.ready()
      const again = await exportsOf(copy)
      expect(again.csv.slice(0, again.csv.indexOf('\r\n'))).toBe(original.csv.slice(0, original.csv.indexOf('\r\n')))
      expect(csvRecords(again.csv)).toEqual(csvRecords(original.csv))
      expect(jsonRecords(again.jsonl)).toEqual(jsonRecords(original.jsonl))
      expect(csvRecords(again.csv).length).toBeGreaterThan(70)
    } finally {
      await copy.searchIndex.stop()
      await mongoose.connection.db?.dropDatabase()
      await disconnectDatabase()
      await connectDatabase(testStoreUri(), database.name)
    }
  })
})
