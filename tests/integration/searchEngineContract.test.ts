import { analyseQuery } from '../../server/search/analyzer'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import { MeiliSearchEngine } from '../../server/search/meili/meiliSearchEngine'
import {
  FACETS,
  type FacetFilters,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
} from '../../server/search/searchTypes'
import { analyseSynonyms, DEFAULT_SYNONYMS } from '../../server/search/synonyms'
import { typoDistance, typosAllowed } from '../../server/search/typos'
import { corpusSearchDocuments } from '../../server/services/corpus/corpusSearchDocuments'
import { deleteTestMeiliIndex, testMeiliIndexName } from '../helpers/meiliTestIndex'
import { oracleSearch } from '../helpers/searchOracle'

// One contract for every engine: the same documents in, the same hits, totals and facet counts out
// as the oracle (tests/helpers/searchOracle.ts) works out by brute force, and so as each other.
// Meilisearch runs wherever MEILI_URL is set (docker compose up meilisearch, then MEILI_URL=...),
// in indexes of this run's own (test-<random>-contract, -meta, -next), deleted afterwards even when
// the server went away or the suite failed: MEILI_INDEX is never used, so the real index is safe.

const engines: [string, () => SearchEngine][] = [['embedded', () => new EmbeddedSearchEngine(':memory:')]]
if (process.env.MEILI_URL) {
  const url = process.env.MEILI_URL
  const apiKey = process.env.MEILI_MASTER_KEY
  const indexName = testMeiliIndexName('contract')
  engines.push(['meilisearch', () => new MeiliSearchEngine({ url, apiKey, indexName })])
  afterAll(() => deleteTestMeiliIndex(url, apiKey, indexName))
} else {
  console.warn(
    'Meilisearch contract run SKIPPED: MEILI_URL is not set. Set MEILI_URL (and MEILI_MASTER_KEY) to run it.',
  )
}

const DOCUMENTS = corpusSearchDocuments({ count: 400, seed: 20261130 })
const SYNONYMS = analyseSynonyms(DEFAULT_SYNONYMS)

/** Real words of the corpus: a frequent one, a rarer one, and a phrase from one document's title. */
function sampleWords() {
  const frequency = new Map<string, number>()
  for (const document of DOCUMENTS)
    for (const word of new Set(document.searchTitle.split(' '))) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const ranked = [...frequency.entries()]
    .filter(([word]) => word.length >= 6 && !/\d/.test(word))
    .sort((a, b) => b[1] - a[1])
  const common = ranked[0]![0]
  const rarer = ranked[Math.floor(ranked.length / 3)]![0]
  const titleWords = DOCUMENTS[7]!.searchTitle.split(' ')
  return { common, rarer, phrase: titleWords.slice(0, 2) }
}
const { common, rarer, phrase } = sampleWords()
const misspelt = `${common.slice(0, 2)}${common[3]}${common[2]}${common.slice(4)}` // two letters swapped

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: { terms: [], phrases: [] },
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 1_000,
  facets: true,
  ...overrides,
})
const text = (query: string) => ({ query: analyseQuery(query) })
const someValue = (facet: (typeof FACETS)[number], index = 0) => {
  const values = [...new Set(DOCUMENTS.flatMap(document => [document[facet]].flat()).filter(Boolean))].sort()
  return values[index % values.length]!
}
const filters = (entries: FacetFilters) => ({ filters: entries })

const CASES: [string, SearchRequest][] = [
  ['everything', request()],
  ['one word', request(text(common))],
  ['two words', request(text(`${common} ${rarer}`))],
  ['a phrase', request({ query: { terms: [], phrases: [phrase] } })],
  ['a misspelling', request(text(misspelt))],
  ['a synonym (SEND)', request(text('SEND'))],
  ['words a synonym stands for', request(text('special educational needs'))],
  ['a word no document has', request(text('xylophonic'))],
  ['a filter', request({ ...text(common), ...filters({ theme: [someValue('theme')] }) })],
  ['two values of one facet', request(filters({ theme: [someValue('theme'), someValue('theme', 3)] }))],
  [
    'query and three filters',
    request({
      ...text(common),
      ...filters({ theme: [someValue('theme')], stage: [someValue('stage', 2)], nation: ['England'] }),
    }),
  ],
  ['an unknown facet value', request(filters({ stage: ['no-such-stage'] }))],
  ['a value with quotes and backslashes', request(filters({ region: ['North "East" \\ OR 1=1'] }))],
  ['only some councils', request({ councils: [DOCUMENTS[0]!.councilCode, DOCUMENTS[1]!.councilCode] })],
  ['all but some councils', request({ ...text(common), excludeCouncils: [DOCUMENTS[0]!.councilCode] })],
  ['excluded ids', request({ excludeIds: DOCUMENTS.slice(0, 5).map(document => document.id) })],
  [
    'adapted from one case study',
    request({ adaptedFromId: DOCUMENTS.find(document => document.adaptedFromId)!.adaptedFromId }),
  ],
]

describe.each(engines)('the %s engine', (_name, createEngine) => {
  const engine = createEngine()

  beforeAll(async () => {
    await engine.open()
    await engine.setSynonyms(SYNONYMS)
    await engine.replaceAll(DOCUMENTS, 'contract')
  }, 300_000)
  afterAll(() => engine.close())

  it('holds exactly the documents it was given', async () => {
    const all = await engine.all()
    expect(all).toHaveLength(DOCUMENTS.length)
    const byId = new Map(all.map(document => [document.id, document]))
    for (const document of DOCUMENTS) expect(byId.get(document.id)).toEqual(document)
    expect(await engine.status()).toMatchObject({ documents: DOCUMENTS.length, source: 'contract' })
  })

  it.each(CASES)('finds what the oracle finds, with the same facet counts: %s', async (_case, searchRequest) => {
    const expected = oracleSearch(DOCUMENTS, searchRequest, SYNONYMS)
    const found = await engine.search(searchRequest)
    expect(found.total).toBe(expected.total)
    expect(new Set(found.hits.map(hit => hit.id))).toEqual(expected.ids)
    expect(found.facets).toEqual(expected.facets)
  })

  it('the probes in CASES are not vacuous: most find something, and not everything', () => {
    const totals = CASES.map(([, searchRequest]) => oracleSearch(DOCUMENTS, searchRequest, SYNONYMS).total)
    expect(totals.filter(total => total > 0 && total < DOCUMENTS.length).length).toBeGreaterThanOrEqual(11)
  })

  it.each(['newest', 'adapted', 'updated'] as const)(
    'sorts by %s, ties newest first then by id, across pages',
    async sort => {
      const key = { newest: 'publishedAt', adapted: 'adaptedCount', updated: 'updatedAt' }[sort] as keyof SearchDocument
      const expected = [...DOCUMENTS]
        .sort(
          (a, b) => (b[key] as number) - (a[key] as number) || b.publishedAt - a.publishedAt || (a.id < b.id ? -1 : 1),
        )
        .map(document => document.id)
      const pages: string[] = []
      for (let offset = 0; offset < 60; offset += 20) {
        const page = await engine.search(request({ sort, offset, limit: 20, facets: false }))
        pages.push(...page.hits.map(hit => hit.id))
      }
      expect(pages).toEqual(expected.slice(0, 60))
    },
  )

  it('returns no hits but the right total past the last page', async () => {
    const page = await engine.search(request({ offset: 1_000_000, limit: 20 }))
    expect(page.hits).toEqual([])
    expect(page.total).toBe(DOCUMENTS.length)
  })

  it('ranks a title match above a match only in the text', async () => {
    // In the title, exactly or within the typos the word allows: both count as title matches.
    const allowed = typosAllowed(rarer)
    const inTitle = DOCUMENTS.filter(document =>
      document.searchTitle.split(' ').some(word => typoDistance(rarer, word, allowed) <= allowed),
    )
    const page = await engine.search(request(text(rarer)))
    expect(inTitle.length).toBeGreaterThan(0)
    expect(page.total).toBeGreaterThan(inTitle.length)
    const firstIds = new Set(page.hits.slice(0, inTitle.length).map(hit => hit.id))
    expect(firstIds).toEqual(new Set(inTitle.map(document => document.id)))
  })

  it('ranks a title match with a typo above an exact match only in the text', async () => {
    // One typo in an 8-letter word, not on its first letter (Meilisearch counts that as two).
    const [, second, third] = DOCUMENTS
    const titled = { ...second!, searchTitle: `${second!.searchTitle} vorplanx` }
    const texted = { ...third!, searchPractice: `${third!.searchPractice} vorplenx` }
    await engine.upsert([titled, texted])
    try {
      const page = await engine.search(request({ query: { terms: ['vorplenx'], phrases: [] } }))
      expect(page.hits.map(hit => hit.id)).toEqual([titled.id, texted.id])
    } finally {
      await engine.upsert([second!, third!])
    }
  })

  it('adds, replaces and removes documents', async () => {
    const [first] = DOCUMENTS
    const changed = { ...first!, title: 'Changed', searchTitle: 'zzquux' }
    await engine.upsert([changed])
    expect((await engine.search(request(text('zzquux')))).hits.map(hit => hit.id)).toEqual([first!.id])
    expect(await engine.get([first!.id])).toEqual([changed])
    await engine.remove([first!.id])
    expect((await engine.search(request(text('zzquux')))).total).toBe(0)
    expect(await engine.get([first!.id])).toEqual([])
    await engine.upsert([first!])
    expect((await engine.status()).documents).toBe(DOCUMENTS.length)
  })
})
