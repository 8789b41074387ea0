import { SearchIndexTask } from '../../models/SearchIndexTask'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import type { SearchEngine } from '../../server/search/searchTypes'
import { createServices } from '../../server/services'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testConfig, testLogger, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

let publisher: FormClient
let curator: FormClient

beforeAll(async () => {
  // These services never start their indexer: the outbox waits for the ones under test.
  const services = testServices()
  await services.referenceData.loadCouncils()
  const app = createTestApp(services)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
})

const fields = (title: string, adaptedFromSlug = '') => ({
  'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title },
  'adapted-from': { ...VALID_SECTION_FIELDS['adapted-from'], 'adaptedFrom-caseStudyId': adaptedFromSlug },
})

type Call = { method: string; size: number }

/** The real embedded engine (in memory), recording each request; a request can be held until released. */
function spyEngine() {
  const engine = new EmbeddedSearchEngine(':memory:')
  const calls: Call[] = []
  let hold: { method: string; reached: () => void; released: Promise<void> } | undefined
  const record = async <T>(method: string, size: number, work: () => Promise<T>): Promise<T> => {
    calls.push({ method, size })
    if (hold?.method === method) {
      const { reached, released } = hold
      hold = undefined
      reached()
      await released
    }
    return work()
  }
  const spy: SearchEngine = {
    name: engine.name,
    open: () => engine.open(),
    close: () => engine.close(),
    replaceAll: (batches, source) => record('replaceAll', 1, () => engine.replaceAll(batches, source)),
    upsert: documents => record('upsert', documents.length, () => engine.upsert(documents)),
    remove: ids => record('remove', ids.length, () => engine.remove(ids)),
    get: ids => record('get', ids.length, () => engine.get(ids)),
    all: () => engine.all(),
    search: request => record('search', 1, () => engine.search(request)),
    ids: request => engine.ids(request),
    setSynonyms: groups => engine.setSynonyms(groups),
    suggest: term => engine.suggest(term),
    status: () => engine.status(),
  }
  return {
    engine: spy,
    calls,
    writes: () => calls.filter(call => call.method === 'upsert' || call.method === 'remove'),
    /** The next `method` request waits until `release` is called; `reached` resolves when it is made. */
    holdNext(method: string) {
      let release = () => {}
      let reached = () => {}
      const reachedPromise = new Promise<void>(resolve => (reached = resolve))
      hold = { method, reached, released: new Promise<void>(resolve => (release = resolve)) }
      return { reached: reachedPromise, release: () => release() }
    },
  }
}

const servicesWith = (engine: SearchEngine) =>
  createServices({ config: testConfig(), logger: testLogger, searchEngine: engine })
const find = async (services: ReturnType<typeof servicesWith>, text: string) =>
  (await services.search.search({ text, filters: {}, sort: 'relevance', page: 1, likeBy: 'global' })).total

describe('the indexer', () => {
  it('applies a batch in one upsert and one remove, with adaptation counts in the same upsert', async () => {
    const spy = spyEngine()
    const services = servicesWith(spy.engine)
    await services.searchIndex.ready()
    const { id: original } = await publishCaseStudy(publisher, curator, fields('Ocelot shared procurement service'))
    await services.searchIndex.indexer.drain()
    const slug = (await services.searchIndex.engine.get([original]))[0]!.slug
    spy.calls.length = 0

    const { id: first } = await publishCaseStudy(publisher, curator, fields('Margay procurement copy', slug))
    const { id: second } = await publishCaseStudy(publisher, curator, fields('Serval procurement copy', slug))
    const { id: third } = await publishCaseStudy(publisher, curator, fields('Caracal road gritting'))
    await services.searchIndex.indexer.runOnce()
    // Three new case studies and the original's count of adaptations, 0 → 2, in one request.
    expect(spy.writes()).toEqual([{ method: 'upsert', size: 4 }])
    expect(await SearchIndexTask.countDocuments()).toBe(0)
    const [ocelot] = await services.searchIndex.engine.get([original])
    expect(ocelot?.adaptedCount).toBe(2)
    expect(await find(services, 'margay')).toBe(1)

    spy.calls.length = 0
    for (const id of [first, second, third]) {
      await curator.submit(`/review/${id}`, { archive: 'yes' }, `/review/${id}/archive`)
    }
    await services.searchIndex.indexer.runOnce()
    // The three go in one remove; the original's count, 2 → 0, in one upsert.
    expect(spy.writes()).toEqual([
      { method: 'upsert', size: 1 },
      { method: 'remove', size: 3 },
    ])
    expect((await services.searchIndex.engine.get([original]))[0]?.adaptedCount).toBe(0)
    expect(await find(services, 'margay')).toBe(0)
    expect(await services.searchIndex.check()).toEqual([])
  })

  it('completes the waiting tasks a rebuild covers instead of replaying them', async () => {
    const spy = spyEngine()
    const services = servicesWith(spy.engine)
    await services.searchIndex.ready()
    await services.searchIndex.indexer.drain()
    for (const title of ['Jaguarundi library', 'Oncilla library', 'Kodkod library']) {
      await publishCaseStudy(publisher, curator, fields(title))
    }
    expect(await SearchIndexTask.countDocuments()).toBeGreaterThanOrEqual(3)
    await services.searchIndex.reindex()
    expect(await SearchIndexTask.countDocuments()).toBe(0)
    spy.calls.length = 0
    await services.searchIndex.indexer.drain()
    expect(spy.writes()).toEqual([])
    expect(await find(services, 'oncilla')).toBe(1)
  })

  it('stops between requests: stop() waits only for the one in flight and sends nothing after it', async () => {
    const spy = spyEngine()
    const services = servicesWith(spy.engine)
    await services.searchIndex.ready()
    const titles = ['Pallas', 'Manul', 'Rusty', 'Sand', 'Fishing', 'Flat-headed'].map(name => `${name} cat sanctuary`)
    for (const title of titles) await publishCaseStudy(publisher, curator, fields(title))
    const waiting = await SearchIndexTask.countDocuments()

    // Hold the first adaptation count read: the batch is between reading and writing.
    const held = spy.holdNext('search')
    spy.calls.length = 0
    services.searchIndex.indexer.start()
    await held.reached
    const before = spy.calls.length
    let stopped = false
    const stopping = services.searchIndex.indexer.stop().then(() => (stopped = true))
    await new Promise(resolve => setImmediate(resolve))
    expect(stopped).toBe(false) // it waits for the request in flight...
    held.release()
    await stopping
    expect(spy.calls.length).toBe(before) // ...and sends no other
    expect(spy.writes()).toEqual([])
    expect(await SearchIndexTask.countDocuments()).toBe(waiting)

    // The next indexer takes up the same tasks.
    await services.searchIndex.indexer.drain()
    expect(await SearchIndexTask.countDocuments()).toBe(0)
    expect(await find(services, 'sanctuary')).toBe(titles.length)
  })
})
