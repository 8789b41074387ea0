import { eventually } from '../helpers/eventually'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
  copyFileSync,
  truncateSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { embeddedIndexFile } from '../../server/search/createSearchEngine'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import type { SearchEngine } from '../../server/search/searchTypes'
import { createServices, type Services } from '../../server/services'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { signedInClient } from '../helpers/formClient'
import { createTestApp, testConfig, testLogger, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PAGE = 4096 // SQLite's default page size, which the engine keeps

const withTitle = (title: string) => ({ 'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title } })
const freshDir = () => mkdtempSync(path.join(process.env.TEST_ROOT_DIR!, 'index-'))
const servicesIn = (dataDir: string, searchEngine?: SearchEngine) =>
  createServices({ config: testConfig({ DATA_DIR: dataDir }), logger: testLogger, searchEngine })
const find = async (services: Services, text: string) =>
  (await services.search.search({ text, filters: {}, sort: 'relevance', page: 1, likeBy: 'global' })).total
const setAside = (dataDir: string) =>
  readdirSync(path.dirname(embeddedIndexFile(dataDir))).filter(name => /\.corrupt-[^-]+.*Z$/.test(name))

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+')
  try {
    writeSync(fd, bytes, 0, bytes.length, offset)
  } finally {
    closeSync(fd)
  }
}

/** Garbage over every page but the first (the header and the table of tables) and the last. */
function garbleMiddlePages(file: string): void {
  const pages = statSync(file).size / PAGE
  expect(pages).toBeGreaterThan(4)
  overwrite(file, PAGE, Buffer.alloc(PAGE * (pages - 2), 0xab))
}

beforeAll(async () => {
  const services = testServices()
  await services.referenceData.loadCouncils()
  const app = createTestApp(services)
  const publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  const curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  await publishCaseStudy(publisher, curator, withTitle('Heron footbridge maintenance partnership'))
  await publishCaseStudy(publisher, curator, withTitle('Kestrel volunteer litter patrols'))
})

/** Builds a sound index under a new DATA_DIR and closes it; returns the folder. */
async function builtIndex(): Promise<string> {
  const dataDir = freshDir()
  const services = servicesIn(dataDir)
  await services.searchIndex.reindex()
  expect(await find(services, 'heron')).toBe(1)
  await services.searchIndex.stop()
  return dataDir
}

describe('an index found damaged when the app starts', () => {
  const damages: [string, (file: string) => void][] = [
    ['garbage over the header', file => overwrite(file, 0, Buffer.alloc(100, 0xab))],
    ['garbage in the middle pages', garbleMiddlePages],
    ['a file that is not SQLite at all', file => writeFileSync(file, 'not a database\n'.repeat(2_000))],
    [
      'a table of another schema',
      file => {
        const db = new Database(file)
        db.exec('DROP TABLE documents; CREATE TABLE documents (id TEXT PRIMARY KEY, something TEXT)')
        db.close()
      },
    ],
    [
      'a settings table of another schema',
      file => {
        const db = new Database(file)
        db.exec('DROP TABLE meta; CREATE TABLE meta (name TEXT, setting TEXT)')
        db.close()
      },
    ],
  ]

  it.each(damages)(
    'with %s: the app starts, sets the file aside, rebuilds and finds every case study',
    async (_, damage) => {
      const dataDir = await builtIndex()
      const file = embeddedIndexFile(dataDir)
      damage(file)
      // Before the fix, opening this file threw and the app could not start.
      await expect(new EmbeddedSearchEngine(file).open()).rejects.toThrow(/search index is damaged/)

      const services = servicesIn(dataDir)
      await services.searchIndex.start()
      try {
        expect(await find(services, 'heron')).toBe(1)
        expect(await find(services, 'kestrel')).toBe(1)
        expect(await services.searchIndex.check()).toEqual([])
        expect(services.searchIndex.health()).toBe('ok')
        expect(setAside(dataDir)).toHaveLength(1)
      } finally {
        await services.searchIndex.stop()
      }
    },
  )

  // SQLite itself drops the transactions a cut-short -wal holds only in part; the index is then
  // older than MongoDB, which the start-up check notices and rebuilds.
  it('with a -wal cut short by a crash: the app starts and finds every case study', async () => {
    const dataDir = freshDir()
    const services = servicesIn(dataDir)
    await services.searchIndex.reindex() // the rebuild sits in the -wal until a checkpoint
    const file = embeddedIndexFile(dataDir)
    const crashed = path.join(freshDir(), 'search')
    const copy = embeddedIndexFile(path.dirname(crashed))
    mkdirSync(crashed, { recursive: true })
    for (const suffix of ['', '-wal', '-shm']) copyFileSync(`${file}${suffix}`, `${copy}${suffix}`)
    await services.searchIndex.stop()
    const walSize = statSync(`${copy}-wal`).size
    expect(walSize).toBeGreaterThan(PAGE * 4)
    truncateSync(`${copy}-wal`, Math.floor(walSize / 2) + 123)

    const restarted = servicesIn(path.dirname(crashed))
    await restarted.searchIndex.start()
    try {
      expect(await find(restarted, 'heron')).toBe(1)
      expect(await find(restarted, 'kestrel')).toBe(1)
      expect(await restarted.searchIndex.check()).toEqual([])
    } finally {
      await restarted.searchIndex.stop()
    }
  })

  it('keeps at most two damaged copies', async () => {
    const dataDir = await builtIndex()
    const file = embeddedIndexFile(dataDir)
    for (let round = 0; round < 3; round++) {
      overwrite(file, 0, Buffer.alloc(100, 0xab))
      const services = servicesIn(dataDir)
      await services.searchIndex.start()
      await services.searchIndex.stop()
      await new Promise(resolve => setTimeout(resolve, 5)) // distinct timestamps in the names
    }
    expect(setAside(dataDir)).toHaveLength(2)
    expect(existsSync(file)).toBe(true)
  })
})

describe('an index damaged while the app runs', () => {
  it('answers 503 to searches while it rebuilds, keeps case study pages up, reports rebuilding, then heals', async () => {
    const dataDir = freshDir()
    const file = embeddedIndexFile(dataDir)
    const engine = new EmbeddedSearchEngine(file)
    let releaseRebuild = () => {}
    let rebuildHeld = Promise.resolve()
    // The real engine, except that a rebuild waits until the test lets it go: to look at the app meanwhile.
    const held: SearchEngine = {
      name: engine.name,
      open: () => engine.open(),
      close: () => engine.close(),
      discard: () => engine.discard(),
      replaceAll: async (documents, source) => {
        await rebuildHeld
        return engine.replaceAll(documents, source)
      },
      upsert: documents => engine.upsert(documents),
      remove: ids => engine.remove(ids),
      get: ids => engine.get(ids),
      all: () => engine.all(),
      search: request => engine.search(request),
      ids: request => engine.ids(request),
      setSynonyms: groups => engine.setSynonyms(groups),
      suggest: term => engine.suggest(term),
      status: () => engine.status(),
    }
    const services = servicesIn(dataDir, held)
    await services.searchIndex.start()
    const app = createTestApp(services)
    const { client } = await signedInClient(app, { role: 'networkAdmin' })
    try {
      const [heron] = (
        await services.search.search({ text: 'heron', filters: {}, sort: 'relevance', page: 1, likeBy: 'global' })
      ).hits
      const show = `/case-studies/${heron!.document.slug}`
      expect((await client.get('/case-studies?q=heron')).status).toBe(200)
      expect((await client.get(show)).text).toContain('id="similar-case-studies"')

      rebuildHeld = new Promise(resolve => (releaseRebuild = resolve))
      // Another connection checkpoints the -wal into the file, garbles the file's pages and then
      // commits, which makes the app's connection drop its page cache and read the garbage.
      const other = new Database(file)
      other.pragma('wal_checkpoint(TRUNCATE)')
      garbleMiddlePages(file)
      other.pragma('user_version = 7') // writes the header page only
      other.close()

      const damaged = await client.get('/case-studies?q=heron')
      expect(damaged.status).toBe(503)
      expect(damaged.headers['retry-after']).toBeDefined()
      expect(damaged.text).not.toContain('malformed')
      expect(damaged.text).toContain('Search is being rebuilt')
      const home = await client.get('/')
      expect(home.status).toBe(200)
      expect(home.text).toContain('Browse all case studies')
      // Council and theme lists stand without what only search can count or list.
      const council = await client.get('/councils/leeds-city-council')
      expect(council.status).toBe(200)
      expect(council.text).toContain('id="search-unavailable"')
      expect((await client.get('/themes')).text).not.toContain('data-count')
      expect((await client.get('/themes/housing')).status).toBe(503)
      expect(services.searchIndex.health()).toBe('rebuilding')
      expect((await client.get('/case-studies?q=kestrel')).status).toBe(503)
      const page = await client.get(show)
      expect(page.status).toBe(200)
      expect(page.text).toContain('Heron footbridge maintenance partnership')
      expect(page.text).not.toContain('id="similar-case-studies"')
      const ready = await client.get('/readyz')
      expect(ready.status).toBe(200)
      expect((ready.body as { checks: { search: string } }).checks.search).toBe('rebuilding')
      expect((await client.get('/admin/search')).text).toMatch(/id="index-state">Being rebuilt/)
      expect(setAside(dataDir)).toHaveLength(1)

      releaseRebuild()
      await eventually('the index to heal', () => services.searchIndex.health() === 'ok')
      const healed = await client.get('/case-studies?q=heron')
      expect(healed.status).toBe(200)
      expect(healed.text).toMatch(/id="result-count"[^>]*>1 case study</)
      expect((await client.get(show)).text).toContain('id="similar-case-studies"')
      expect(((await client.get('/readyz')).body as { checks: { search: string } }).checks.search).toBe('ok')
      expect(await services.searchIndex.check()).toEqual([])
    } finally {
      releaseRebuild()
      await services.searchIndex.stop()
    }
  })
})
