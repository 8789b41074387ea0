import { MeiliSearchEngine } from '../../server/search/meili/meiliSearchEngine'
import type { SearchDocument, SearchRequest } from '../../server/search/searchTypes'
import { startFakeMeilisearch, type FakeMeilisearch } from '../helpers/fakeMeilisearch'

// What the engine sends to Meilisearch, checked against a stand-in server (tests/helpers/fakeMeilisearch.ts);
// what a real server answers is the contract suite's job (tests/integration/searchEngineContract.test.ts).

const document = (index: number): SearchDocument =>
  ({
    id: `doc${index}`,
    title: `Case study ${index}`,
    searchTitle: `case studi ${index}`,
    theme: ['housing'],
    publishedAt: index,
  }) as unknown as SearchDocument

const documents = (count: number) => Array.from({ length: count }, (_, index) => document(index))

const search: SearchRequest = {
  query: { terms: ['hous'], phrases: [] },
  filters: { theme: ['housing'] },
  sort: 'relevance',
  offset: 0,
  limit: 20,
  facets: true,
}

let fake: FakeMeilisearch
beforeEach(async () => {
  fake = await startFakeMeilisearch('1.53.1')
})
afterEach(() => fake.close())

const requestsTo = (method: string, path: string) =>
  fake.requests.filter(request => request.method === method && request.path === path)
const failedTasks = () => fake.tasks.filter(task => task.status === 'failed')

async function openEngine(indexName = 'practice') {
  const engine = new MeiliSearchEngine({ url: fake.url, apiKey: 'key', indexName })
  await engine.open()
  return engine
}

describe('MeiliSearchEngine against a stand-in Meilisearch', () => {
  it('asks for uncompressed responses on every request, searches included', async () => {
    const engine = await openEngine()
    await engine.search(search)
    const searches = requestsTo('POST', '/multi-search')
    expect(searches).toHaveLength(1)
    expect(searches[0]!.headers['accept-encoding']).toBe('identity')
    expect(searches[0]!.headers.authorization).toBe('Bearer key')
    expect(fake.requests.map(request => request.headers['accept-encoding'])).toEqual(
      fake.requests.map(() => 'identity'),
    )
  })

  it('creates its index once, with its settings, and a restart creates no task and no failed one', async () => {
    await openEngine()
    expect(requestsTo('POST', '/indexes')).toHaveLength(1)
    expect(requestsTo('POST', '/indexes')[0]!.body).toEqual({ uid: 'practice', primaryKey: 'id' })
    expect(fake.indexes.get('practice')?.settings.rankingRules).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attributeRank',
      'wordPosition',
      'exactness',
      'publishedAt:desc',
      'id:asc',
    ])
    const tasksAfterFirstStart = fake.tasks.length

    await openEngine()
    expect(requestsTo('POST', '/indexes')).toHaveLength(1)
    expect(fake.tasks).toHaveLength(tasksAfterFirstStart)
    expect(failedTasks()).toEqual([])
  })

  it('keeps to the index it is given and the two beside it', async () => {
    const engine = await openEngine('test-abc-case-studies')
    await engine.replaceAll([documents(3)], 'test')
    await engine.upsert([document(9)])
    await engine.search(search)
    expect([...fake.indexes.keys()].sort()).toEqual(['test-abc-case-studies', 'test-abc-case-studies-meta'])
    const touched = fake.requests
      .filter(request => request.path.startsWith('/indexes/'))
      .map(request => request.path.split('/')[2])
    const searched = requestsTo('POST', '/multi-search').flatMap(request =>
      (request.body as { queries: { indexUid: string }[] }).queries.map(query => query.indexUid),
    )
    expect(touched.length).toBeGreaterThan(5)
    expect(searched).toContain('test-abc-case-studies')
    for (const uid of [...touched, ...searched]) expect(uid).toMatch(/^test-abc-case-studies(-meta|-next)?$/)
  })

  it('sends many documents in one request, in requests of 1,000, and one request for many removals', async () => {
    const engine = await openEngine()
    await engine.upsert(documents(12))
    const additions = () => requestsTo('POST', '/indexes/practice/documents')
    expect(additions()).toHaveLength(1)
    expect(additions()[0]!.body).toHaveLength(12)

    await engine.upsert(documents(2_500))
    expect(additions().map(request => (request.body as unknown[]).length)).toEqual([12, 1_000, 1_000, 500])
    expect(fake.indexes.get('practice')?.documents.size).toBe(2_500)

    await engine.remove(documents(300).map(({ id }) => id))
    expect(requestsTo('POST', '/indexes/practice/documents/delete-batch')).toHaveLength(1)
    expect(fake.indexes.get('practice')?.documents.size).toBe(2_200)
    expect(failedTasks()).toEqual([])
  })

  it('lists every matching id a page of 1,000 at a time, retrieving only ids, with the search filter and sort', async () => {
    const engine = await openEngine()
    await engine.upsert(documents(2_345))
    const ids = await engine.ids({ ...search, sort: 'newest' })
    expect(ids).toEqual(documents(2_345).map(({ id }) => id))
    const pages = requestsTo('POST', '/multi-search').map(
      request => (request.body as { queries: Record<string, unknown>[] }).queries[0]!,
    )
    expect(pages.map(query => query.page)).toEqual([1, 2, 3])
    for (const query of pages) {
      expect(query).toMatchObject({
        hitsPerPage: 1_000,
        attributesToRetrieve: ['id'],
        filter: ['theme IN ["housing"]'],
      })
      expect(query.sort).toEqual(['publishedAt:desc', 'id:asc'])
    }
  })

  it('rebuilds in a second index, swaps it in and deletes the old one, leaving no failed task', async () => {
    const engine = await openEngine()
    await engine.upsert([document(999)])
    await engine.replaceAll([documents(1_500)], 'rebuild')
    expect(requestsTo('POST', '/indexes/practice-next/documents')).toHaveLength(2)
    expect(requestsTo('POST', '/swap-indexes')[0]!.body).toEqual([{ indexes: ['practice', 'practice-next'] }])
    expect([...fake.indexes.keys()].sort()).toEqual(['practice', 'practice-meta'])
    expect(fake.indexes.get('practice')?.documents.size).toBe(1_500)
    expect(failedTasks()).toEqual([])
  })

  it('deletes the build index when a rebuild fails, and keeps the old documents', async () => {
    const engine = await openEngine()
    await engine.upsert([document(999)])
    fake.failDocumentsFor('practice-next')
    await expect(engine.replaceAll([documents(10)], 'rebuild')).rejects.toMatchObject({
      name: 'MeiliTaskError',
      code: 'invalid_document_fields',
    })
    expect([...fake.indexes.keys()]).toEqual(['practice'])
    expect([...fake.indexes.get('practice')!.documents.keys()]).toEqual(['doc999'])
  })

  it('throws when a write fails rather than reporting it done', async () => {
    const engine = await openEngine()
    fake.failDocumentsFor('practice')
    await expect(engine.upsert([document(1)])).rejects.toMatchObject({ name: 'MeiliTaskError' })
  })

  it('deletes its indexes, and deleting them again asks first and enqueues nothing', async () => {
    const engine = await openEngine()
    await engine.replaceAll([documents(2)], 'test')
    await engine.deleteIndexes()
    expect(fake.indexes.size).toBe(0)
    const tasks = fake.tasks.length
    await engine.deleteIndexes()
    expect(fake.tasks).toHaveLength(tasks)
    expect(failedTasks()).toEqual([])
  })

  it('uses the whole attribute rule on servers older than 1.36', async () => {
    await fake.close()
    fake = await startFakeMeilisearch('1.20.0')
    await openEngine()
    expect(fake.indexes.get('practice')?.settings.rankingRules).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'publishedAt:desc',
      'id:asc',
    ])
  })
})
