import { rmSync } from 'node:fs'
import { SearchIndexTask } from '../../models/SearchIndexTask'
import { createSearchEngine, embeddedIndexFile } from '../../server/search/createSearchEngine'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import type { SearchEngine } from '../../server/search/searchTypes'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, saveEverySection, submitAndPublish } from '../factories/publishedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testConfig, testDataDir, testLogger, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'
import { createServices } from '../../server/services'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let publisher: FormClient
let curator: FormClient

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  await services.searchIndex.start()
})

afterAll(() => services.searchIndex.stop())

// asTyped: exactly what was typed, never a close spelling's results instead.
const resultsFor = async (query: string) =>
  (await publisher.get(`/case-studies?q=${encodeURIComponent(query)}&asTyped=1`)).text
const countIn = (page: string) => /id="result-count"[^>]*>([^<]*)</.exec(page)?.[1]

/** Polls the search page until it shows what is expected, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not true within ${ms} ms`)
    await new Promise(resolve => setTimeout(resolve, 25))
  }
  return Date.now() - started
}

const withTitle = (title: string, extra: Record<string, string> = {}) => ({
  'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title, ...extra },
})

describe('keeping the search index in step with MongoDB', () => {
  it('finds a published case study within a second, the new text after an edit, and nothing after archiving', async () => {
    const { id, taskList } = await publishCaseStudy(publisher, curator, withTitle('Quokka kiosk for parking permits'))
    await within(1_000, async () => countIn(await resultsFor('quokka')) === '1 case study')

    await saveEverySection(publisher, taskList, withTitle('Wombat kiosk for parking permits'))
    await submitAndPublish(publisher, curator, id)
    await within(1_000, async () => countIn(await resultsFor('wombat')) === '1 case study')
    expect(countIn(await resultsFor('quokka'))).toBe('0 case studies')

    await curator.submit(`/review/${id}`, { archive: 'yes' }, `/review/${id}/archive`)
    await within(1_000, async () => countIn(await resultsFor('wombat')) === '0 case studies')
    expect(await SearchIndexTask.countDocuments()).toBe(0)
    expect(await services.searchIndex.check()).toEqual([])
  })

  it('shows visitors a search they saw before with what was published or archived since', async () => {
    const visitorCount = async () => countIn((await formClient(app).get('/case-studies?q=numbat&asTyped=1')).text)
    const first = await publishCaseStudy(publisher, curator, withTitle('Numbat kiosk for parking permits'))
    await within(1_000, async () => (await visitorCount()) === '1 case study')
    // Asked again while nothing changed: the same page.
    expect(await visitorCount()).toBe('1 case study')
    const second = await publishCaseStudy(publisher, curator, withTitle('Numbat benches in the park'))
    await within(1_000, async () => (await visitorCount()) === '2 case studies')
    await curator.submit(`/review/${first.id}`, { archive: 'yes' }, `/review/${first.id}/archive`)
    await within(1_000, async () => (await visitorCount()) === '1 case study')
    // Leaves the index as the later tests expect it.
    await curator.submit(`/review/${second.id}`, { archive: 'yes' }, `/review/${second.id}/archive`)
    await within(1_000, async () => (await visitorCount()) === '0 case studies')
  })

  it('never puts contact details into the index', async () => {
    await publishCaseStudy(publisher, curator, withTitle('Platypus outreach for carers'))
    await within(1_000, async () => countIn(await resultsFor('platypus')) === '1 case study')
    await services.searchIndex.indexer.drain()
    const everything = JSON.stringify(await createSearchEngine(testConfig()).all())
    expect(everything).toContain('Platypus')
    expect(everything).not.toContain('alex.contact@example.org')
    expect(everything).not.toContain('Alex Contact')
    expect(everything).not.toContain('01632 960123')
    // Quoted, so every word of the address must stand together: no single word of it is enough.
    expect(countIn(await resultsFor('"alex.contact@example.org"'))).toBe('0 case studies')
    expect(countIn(await resultsFor('"01632 960123"'))).toBe('0 case studies')
  })
})

describe('an indexer that stops or fails', () => {
  it('resumes from the outbox where a stopped indexer left off', async () => {
    await services.searchIndex.indexer.stop()
    try {
      await publishCaseStudy(publisher, curator, withTitle('Narwhal lending library'))
      expect(await SearchIndexTask.countDocuments()).toBeGreaterThan(0)
      expect(countIn(await resultsFor('narwhal'))).toBe('0 case studies')
      expect((await services.searchIndex.status()).pending).toBeGreaterThan(0)
      // A lagging index does not fail readiness; the numbers are for network admins only.
      const ready = await publisher.get('/readyz')
      expect(ready.status).toBe(200)
      expect((ready.body as { checks: { search: string } }).checks.search).toBe('ok')
      const adminPage = (await curator.get('/admin/search').expect(200)).text
      expect(Number(/id="index-pending">\s*([\d,]+)/.exec(adminPage)?.[1]?.replace(/,/g, ''))).toBeGreaterThan(0)
      expect(adminPage).toMatch(/oldest waiting [\d,]+ seconds/)
    } finally {
      services.searchIndex.indexer.start()
    }
    await within(2_000, async () => countIn(await resultsFor('narwhal')) === '1 case study')
    await within(2_000, async () => (await services.searchIndex.status()).pending === 0)
  })

  it('retries a failing change with back-off and applies it once the engine recovers', async () => {
    await services.searchIndex.indexer.stop()
    const engine = new EmbeddedSearchEngine(':memory:')
    let failures = 2
    // The real engine, except that its first two writes fail.
    const flaky: SearchEngine = {
      name: engine.name,
      open: () => engine.open(),
      close: () => engine.close(),
      replaceAll: (documents, source) => engine.replaceAll(documents, source),
      upsert: documents =>
        failures-- > 0 ? Promise.reject(new Error('engine unavailable')) : engine.upsert(documents),
      remove: ids => engine.remove(ids),
      get: ids => engine.get(ids),
      all: () => engine.all(),
      search: request => engine.search(request),
      ids: request => engine.ids(request),
      setSynonyms: groups => engine.setSynonyms(groups),
      suggest: term => engine.suggest(term),
      status: () => engine.status(),
    }
    const flakyServices = createServices({ config: testConfig(), logger: testLogger, searchEngine: flaky })
    try {
      await flakyServices.searchIndex.ready()
      await publishCaseStudy(publisher, curator, withTitle('Axolotl repair cafe'))
      await flakyServices.searchIndex.indexer.runOnce()
      const [task] = await SearchIndexTask.find().lean()
      expect(task?.attempts).toBe(1)
      expect(task?.lastError).toBe('engine unavailable')
      expect((await flakyServices.searchIndex.status()).failing).toBe(1)
      // Not due yet: the back-off holds it.
      await flakyServices.searchIndex.indexer.runOnce()
      expect((await SearchIndexTask.findById(task?._id).lean())?.attempts).toBe(1)
      await SearchIndexTask.updateMany({}, { $set: { nextAttemptAt: new Date(0) } })
      await flakyServices.searchIndex.indexer.runOnce() // fails a second time
      await SearchIndexTask.updateMany({}, { $set: { nextAttemptAt: new Date(0) } })
      await flakyServices.searchIndex.indexer.runOnce()
      expect(await SearchIndexTask.countDocuments()).toBe(0)
      const found = await flakyServices.search.search({
        text: 'axolotl',
        filters: {},
        sort: 'relevance',
        page: 1,
        likeBy: 'global',
      })
      expect(found.total).toBe(1)
    } finally {
      await services.searchIndex.reindex() // the flaky engine took the outbox's tasks
      services.searchIndex.indexer.start()
    }
  })
})

describe('rebuilding', () => {
  it('rebuilds a deleted index from MongoDB on the next start, and check-index is clean after', async () => {
    await services.searchIndex.indexer.drain()
    expect(await services.searchIndex.check()).toEqual([])
    const before = (await services.searchIndex.status()).documents
    expect(before).toBe(3)
    await services.searchIndex.stop()
    rmSync(embeddedIndexFile(testDataDir), { force: true })
    rmSync(`${embeddedIndexFile(testDataDir)}-wal`, { force: true })
    rmSync(`${embeddedIndexFile(testDataDir)}-shm`, { force: true })

    const restarted = testServices()
    await restarted.searchIndex.start()
    try {
      expect((await restarted.searchIndex.status()).documents).toBe(before)
      expect(await restarted.searchIndex.check()).toEqual([])
    } finally {
      await restarted.searchIndex.stop()
    }
  })

  it('check-index reports a case study the index lost, and reindex repairs it', async () => {
    const restarted = testServices()
    await restarted.searchIndex.start()
    try {
      const engine = createSearchEngine(testConfig())
      const [first] = await engine.all()
      await engine.remove([first!.id])
      expect(await restarted.searchIndex.check()).toEqual([{ kind: 'missing', id: first!.id, title: first!.title }])
      await restarted.searchIndex.reindex()
      expect(await restarted.searchIndex.check()).toEqual([])
    } finally {
      await restarted.searchIndex.stop()
    }
  })
})
