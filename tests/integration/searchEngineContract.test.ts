import { analyseQuery, analyseText, isEmptyQuery, words } from '../../server/search/analyzer'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import { MeiliSearchEngine } from '../../server/search/meili/meiliSearchEngine'
import {
  FACETS,
  type FacetFilters,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
} from '../../server/search/searchTypes'
import { analyseVocabulary, DEFAULT_SYNONYMS } from '../../server/search/synonyms'
import type { Synonyms } from '../../server/search/searchTypes'
import { corpusSearchDocuments } from '../../scripts/corpus/corpusSearchDocuments'
import { deleteTestMeiliIndex, testMeiliIndexName } from '../helpers/meiliTestIndex'
import { facetCountsOf, oracleSearch } from '../helpers/searchOracle'

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

const GENERATED = corpusSearchDocuments({ count: 400, seed: 20261130 })

/** Generated documents with extra text in one field, for the cases the generator's wording lacks. */
const withText = (index: number, field: 'searchSummary' | 'searchPractice' | 'searchTitle', extra: string) => {
  const document = GENERATED[index]!
  const spellings = new Set([...document.searchSpellings.split(' '), ...words(extra)].filter(Boolean))
  return {
    ...document,
    [field]: `${document[field]} ${analyseText(extra)}`.trim(),
    searchSpellings: [...spellings].join(' '),
  }
}
const EXTRA_TEXT: [number, 'searchSummary' | 'searchPractice' | 'searchTitle', string][] = [
  [11, 'searchPractice', 'We recruited more child-minders in the villages'],
  [12, 'searchSummary', 'A childminder network for working parents'],
  [13, 'searchSummary', 'A healthcare hub in the town centre'],
  [14, 'searchPractice', 'The health care partnership met monthly'],
  [15, 'searchTitle', 'Outreach for people sleeping rough in winter'],
  [16, 'searchSummary', 'Preventing homelessness through early advice'],
  [17, 'searchPractice', 'Rough sleeping fell by a third'],
  [18, 'searchTitle', 'Quiet parks and lonely evenings: a friendship bench scheme'],
  [19, 'searchSummary', 'Friendship benches helped lonely residents meet neighbours'],
]
const DOCUMENTS = GENERATED.map((document, index) => {
  const extra = EXTRA_TEXT.find(([at]) => at === index)
  return extra ? withText(...extra) : document
})
const SYNONYMS: Synonyms = {
  // The seeded vocabulary, whose one-way expansions include homelessness => rough sleeping.
  ...analyseVocabulary(DEFAULT_SYNONYMS),
}

const fieldTerms = (document: SearchDocument) =>
  new Set(
    [
      document.searchTitle,
      document.searchSummary,
      document.searchTags,
      document.searchPractice,
      document.searchContext,
      document.searchResults,
    ]
      .join(' ')
      .split(' '),
  )

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
/**
 * A word most documents hold, and a phrase of two such words as some document's field has them:
 * the embedded engine counts facets over the documents that do not match when most do, and finds
 * such phrases through its pair filters rather than by reading both words' lists.
 */
const { mostlyHeld, commonPhrase } = (() => {
  const held = new Map<string, number>()
  for (const document of DOCUMENTS) for (const word of fieldTerms(document)) held.set(word, (held.get(word) ?? 0) + 1)
  const widespread = new Set([...held].filter(([, count]) => count > DOCUMENTS.length * 0.6).map(([word]) => word))
  for (const document of DOCUMENTS) {
    const words = document.searchPractice.split(' ')
    for (let at = 1; at < words.length; at++) {
      if (widespread.has(words[at - 1]!) && widespread.has(words[at]!) && words[at - 1] !== words[at])
        return { mostlyHeld: words[at]!, commonPhrase: [words[at - 1]!, words[at]!] }
    }
  }
  throw new Error('no phrase of two widespread words in the corpus')
})()
const misspelt = `${common.slice(0, 2)}${common[3]}${common[2]}${common.slice(4)}` // two letters swapped
const misspeltPhrase = [phrase[0]!.length >= 5 ? `${phrase[0]!.slice(0, -1)}x` : phrase[0]!, phrase[1]!].join(' ')
/** A word only category labels hold in some documents ("prevention"? the corpus decides), and a typo of it. */
const { labelWord, labelTypo } = (() => {
  const labelled = new Map<string, number>()
  for (const document of DOCUMENTS) {
    const text = fieldTerms(document)
    for (const word of new Set(document.searchLabels.split(' ')))
      if (word.length >= 6 && !text.has(word)) labelled.set(word, (labelled.get(word) ?? 0) + 1)
  }
  const word = [...labelled.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
  return { labelWord: word, labelTypo: `${word.slice(0, 3)}${word[4]}${word[3]}${word.slice(5)}` }
})()

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
  ['a word most documents hold', request(text(mostlyHeld))],
  ['a phrase of two words most documents hold', request({ query: { terms: [], phrases: [commonPhrase] } })],
  [
    'filters on facets counted together',
    request({
      ...text(mostlyHeld),
      ...filters({
        region: [someValue('region'), someValue('region', 1)],
        councilType: [someValue('councilType', 2)],
        evidenceLevel: [someValue('evidenceLevel', 1)],
        budgetBand: [someValue('budgetBand'), someValue('budgetBand', 2)],
      }),
    }),
  ],
  ['a long question', request(text(`how do councils use ${common} to help with ${rarer} in rural areas`))],
  ['a misspelt word as typed', request(text(misspelt))],
  ['a correctly spelt word is not widened', request(text(common))],
  ['a phrase with a typo in it', request(text(`"${misspeltPhrase}"`))],
  ['a joined compound finds the hyphenated form', request(text('childminders'))],
  ['a spaced compound finds the joined form', request(text('health care'))],
  ['a hyphenated compound', request(text('child-minder'))],
  ['a one-way expansion, forwards', request(text('homelessness'))],
  ['a one-way expansion, backwards finds only its own words', request(text('rough sleeping'))],
  ['a category label word', request(text(labelWord))],
  ['a misspelt category label word', request(text(labelTypo))],
]

describe.each(engines)('the %s engine', (name, createEngine) => {
  const engine = createEngine()

  beforeAll(async () => {
    await engine.open()
    await engine.setSynonyms(SYNONYMS)
    await engine.replaceAll([DOCUMENTS], 'contract')
  }, 300_000)
  afterAll(() => engine.close())

  it('holds exactly the documents it was given', async () => {
    const all = await engine.all()
    expect(all).toHaveLength(DOCUMENTS.length)
    const byId = new Map(all.map(document => [document.id, document]))
    for (const document of DOCUMENTS) expect(byId.get(document.id)).toEqual(document)
    expect(await engine.status()).toMatchObject({ documents: DOCUMENTS.length, source: 'contract' })
  })

  it.each(CASES)('finds what the rules find, with facet counts over its hits: %s', async (_case, searchRequest) => {
    const expected = oracleSearch(DOCUMENTS, searchRequest, SYNONYMS)
    const found = await engine.search(searchRequest)
    const foundIds = new Set(found.hits.map(hit => hit.id))
    expect(found.total).toBe(foundIds.size)
    if (name === 'embedded') {
      // The embedded engine implements the rules exactly.
      expect(foundIds).toEqual(expected.ids)
      expect(found.facets).toEqual(expected.facets)
    } else {
      // Meilisearch matches its own way (README: what differs); every hit still holds a query word,
      // and without filters, its facet counts are those of its own hits.
      for (const id of foundIds) expect(expected.textMatches.has(id) || isEmptyQuery(searchRequest.query)).toBe(true)
      if (Object.keys(searchRequest.filters).length === 0 && !searchRequest.councils && !searchRequest.excludeIds)
        expect(found.facets).toEqual(facetCountsOf(DOCUMENTS, foundIds))
    }
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

  it.each(CASES)('lists the id of every match in the order of its pages: %s', async (_case, searchRequest) => {
    const paged: string[] = []
    for (let offset = 0; ; offset += 150) {
      const { hits } = await engine.search({ ...searchRequest, offset, limit: 150, facets: false })
      paged.push(...hits.map(hit => hit.id))
      if (hits.length < 150) break
    }
    expect(await engine.ids({ ...searchRequest, limit: 0 })).toEqual(paged)
  })

  it('returns no hits but the right total past the last page', async () => {
    const page = await engine.search(request({ offset: 1_000_000, limit: 20 }))
    expect(page.hits).toEqual([])
    expect(page.total).toBe(DOCUMENTS.length)
  })

  it('ranks a title match above a match only in the text', async () => {
    const inTitle = DOCUMENTS.filter(document => document.searchTitle.split(' ').includes(rarer))
    const page = await engine.search(request(text(rarer)))
    expect(inTitle.length).toBeGreaterThan(0)
    expect(page.total).toBeGreaterThan(inTitle.length)
    const firstIds = new Set(page.hits.slice(0, inTitle.length).map(hit => hit.id))
    expect(firstIds).toEqual(new Set(inTitle.map(document => document.id)))
  })

  it('matches compounds, one-way expansions and labels as the rules say', async () => {
    const ids = async (query: string) => new Set((await engine.search(request(text(query)))).hits.map(hit => hit.id))
    const idOf = (index: number) => DOCUMENTS[index]!.id
    // Hyphenated, joined and spaced forms find each other.
    expect(await ids('childminders')).toEqual(new Set([idOf(11), idOf(12)]))
    expect([...(await ids('healthcare'))]).toEqual(expect.arrayContaining([idOf(13), idOf(14)]))
    // Homelessness also finds rough sleeping; rough sleeping does not find homelessness.
    expect([...(await ids('homelessness'))]).toEqual(expect.arrayContaining([idOf(16), idOf(17)]))
    const onlyHomeless = DOCUMENTS.filter(document => {
      const held = fieldTerms(document)
      return held.has('homeless') && !held.has('rough') && !held.has('sleep')
    })
    expect(onlyHomeless.length).toBeGreaterThan(0)
    const roughSleeping = await ids('rough sleeping')
    for (const document of onlyHomeless) expect(roughSleeping).not.toContain(document.id)
    // A label word as typed finds case studies filed under it; a misspelling of it does not.
    const labelled = DOCUMENTS.filter(document => document.searchLabels.split(' ').includes(labelWord)).map(d => d.id)
    expect([...(await ids(labelWord))]).toEqual(expect.arrayContaining(labelled))
    const onlyLabelled = labelled.filter(
      id => !fieldTerms(DOCUMENTS.find(document => document.id === id)!).has(labelWord),
    )
    expect(onlyLabelled.length).toBeGreaterThan(0)
    for (const id of onlyLabelled) expect(await ids(labelTypo)).not.toContain(id)
  })

  it('ranks case studies holding every query word above those holding some', async () => {
    const query = text(`${common} ${rarer}`)
    const { hits } = await engine.search(request(query))
    const holdsAll = (document: SearchDocument) => [common, rarer].every(term => fieldTerms(document).has(term))
    const all = hits.filter(holdsAll).length
    expect(all).toBeGreaterThan(0)
    expect(hits.length).toBeGreaterThan(all)
    expect(hits.slice(0, all).every(holdsAll)).toBe(true)
  })

  it('ranks an exact word above a corrected one, and does not widen a word it holds', async () => {
    const [, second, third] = DOCUMENTS
    const exact = { ...second!, searchPractice: `${second!.searchPractice} vorplenx` }
    const corrected = { ...third!, searchTitle: `${third!.searchTitle} vorplanx` }
    await engine.upsert([exact, corrected])
    try {
      // Held as typed: taken as meant, not widened to its one-letter neighbour.
      expect((await engine.search(request(text('vorplenx')))).hits.map(hit => hit.id)).toEqual([exact.id])
      // Not held as typed: both neighbours match, each within one typo.
      const page = await engine.search(request(text('vorplonx')))
      expect(new Set(page.hits.map(hit => hit.id))).toEqual(new Set([exact.id, corrected.id]))
    } finally {
      await engine.upsert([second!, third!])
    }
  })

  it('ranks the query words side by side above the same words apart', async () => {
    const [, , , fourth, fifth] = DOCUMENTS
    const together = { ...fourth!, searchSummary: `${fourth!.searchSummary} quorbel vantrix` }
    const apart = { ...fifth!, searchSummary: `quorbel ${fifth!.searchSummary} vantrix` }
    await engine.upsert([apart, together])
    try {
      const page = await engine.search(request(text('quorbel vantrix')))
      expect(page.hits.map(hit => hit.id)).toEqual([together.id, apart.id])
    } finally {
      await engine.upsert([fourth!, fifth!])
    }
  })

  it('keeps facet counts over the current documents as they are replaced and removed', async () => {
    const [first, second] = DOCUMENTS
    const moved = {
      ...first!,
      nation: 'Wales',
      region: 'Wales',
      stage: someValue('stage', 3),
      theme: [someValue('theme', 5)],
    }
    await engine.upsert([moved])
    await engine.remove([second!.id])
    try {
      const current = [moved, ...DOCUMENTS.slice(2)]
      for (const searchRequest of [request(), request(text(mostlyHeld)), request(text(rarer))]) {
        const found = await engine.search(searchRequest)
        // Meilisearch matches its own way (see the cases above): its counts are over its own hits.
        const expected =
          name === 'embedded'
            ? oracleSearch(current, searchRequest, SYNONYMS).facets
            : facetCountsOf(current, new Set(found.hits.map(hit => hit.id)))
        expect(found.facets).toEqual(expected)
      }
    } finally {
      await engine.upsert([first!, second!])
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
