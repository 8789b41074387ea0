import { createClient } from '../../server/search/meili/meiliClient'
import { fromMeiliDocument, isMeiliId, toMeiliDocument } from '../../server/search/meili/meiliDocuments'
import { MeiliSearchEngine } from '../../server/search/meili/meiliSearchEngine'
import {
  atLeast,
  featuresOf,
  indexSettings,
  rankingRules,
  sameSynonyms,
  settingsPatch,
  synonymMap,
} from '../../server/search/meili/meiliSettings'
import { FACETS, SEARCHABLE_FIELDS, type SearchDocument } from '../../server/search/searchTypes'

const searchDocument = (overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  id: '65f1c0ffee0000000000abcd',
  slug: 'warm-homes',
  councilCode: 'E06000001',
  councilName: 'Hartlepool',
  title: 'Warm homes',
  summary: 'Insulating homes',
  problem: 'Cold homes',
  whatTheyDid: 'Insulated them',
  outcomes: 'Warmer homes',
  lessons: 'Start early',
  tags: ['energy'],
  adaptedFromId: '',
  publishedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  adaptedCount: 2,
  searchTitle: 'warm home',
  searchSummary: 'insul home',
  searchTags: 'energi',
  searchPractice: 'cold home insul',
  searchContext: 'hartlepool',
  searchResults: 'warmer home start earli',
  searchLabels: 'hous',
  searchSpellings: 'homes warmer earlier',
  theme: ['housing'],
  barrierCategory: ['funding'],
  enablerCategory: [],
  evidenceLevel: 'evaluated',
  stage: 'embedded',
  budgetBand: 'under-50k',
  councilType: 'unitary',
  nation: 'england',
  region: 'north-east',
  populationBand: '',
  ruralUrban: '',
  yearPublished: '2023',
  ...overrides,
})

describe('Meilisearch documents', () => {
  it('leaves blank facet values out of what Meilisearch indexes and gives the document back unchanged', () => {
    const document = searchDocument({ theme: ['', 'housing'], populationBand: '', evidenceLevel: '' })
    const stored = toMeiliDocument(document)
    expect(stored.theme).toEqual(['housing'])
    expect(stored).not.toHaveProperty('populationBand')
    expect(stored).not.toHaveProperty('evidenceLevel')
    expect(stored.adaptedFromId).toBe('') // not a facet: kept, and filtered with IS EMPTY
    expect(fromMeiliDocument(JSON.parse(JSON.stringify(stored)) as typeof stored)).toEqual(document)
  })

  it('stores a document without blanks as it is', () => {
    const document = searchDocument({ ruralUrban: 'urban', populationBand: 'under-100k' })
    expect(toMeiliDocument(document)).toEqual(document)
    expect(fromMeiliDocument(toMeiliDocument(document))).toEqual(document)
  })

  it('knows which ids Meilisearch accepts', () => {
    expect(isMeiliId('65f1c0ffee0000000000abcd')).toBe(true)
    expect(isMeiliId('a-b_C9')).toBe(true)
    expect(isMeiliId('')).toBe(false)
    expect(isMeiliId('a b')).toBe(false)
    expect(isMeiliId('"); drop')).toBe(false)
  })
})

describe('Meilisearch index settings', () => {
  const features = featuresOf('1.53.1')

  it('matches the embedded engine: field weights, facets, typo sizes, no prefix search, no stop words', () => {
    const settings = indexSettings(features)
    expect(settings.searchableAttributes).toEqual([...SEARCHABLE_FIELDS])
    expect(settings.filterableAttributes).toEqual([...FACETS, 'councilCode', 'id', 'adaptedFromId'])
    expect(settings.sortableAttributes).toEqual(['publishedAt', 'updatedAt', 'adaptedCount', 'id'])
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnAttributes: ['searchLabels'],
      disableOnWords: [],
      disableOnNumbers: true,
    })
    expect(settings.prefixSearch).toBe('disabled')
    expect(settings.stopWords).toEqual([])
    expect(settings.pagination?.maxTotalHits).toBeGreaterThanOrEqual(1_000_000)
  })

  it('leaves out settings an older server would reject, and refuses servers without prefixSearch', () => {
    expect(indexSettings(featuresOf('1.14.0')).typoTolerance).not.toHaveProperty('disableOnNumbers')
    expect(() => featuresOf('1.11.3')).toThrow(/too old/)
    expect(atLeast('1.15.0-rc.1', '1.15.0')).toBe(true)
    expect(atLeast('2.0.0', '1.15.0')).toBe(true)
    expect(atLeast('nonsense', '1.12.0')).toBe(false)
  })

  it('ranks as the embedded engine does: words, typos, proximity, then the field', () => {
    expect(rankingRules(featuresOf('1.36.0'))).toEqual([
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
    // Before 1.36 there is no attributeRank: the whole attribute rule takes its place.
    expect(rankingRules(featuresOf('1.35.2'))).toEqual([
      'sort',
      'words',
      'typo',
      'proximity',
      'attribute',
      'exactness',
      'publishedAt:desc',
      'id:asc',
    ])
    expect(featuresOf('1.12.0')).toEqual({ disableOnNumbers: false, attributeRank: false })
  })

  it('updates nothing when the server already has the settings, as Meilisearch reports them', () => {
    const desired = indexSettings(features)
    const reported = {
      ...desired,
      filterableAttributes: [...(desired.filterableAttributes as string[])].sort(),
      sortableAttributes: [...(desired.sortableAttributes as string[])].sort(),
      typoTolerance: { ...desired.typoTolerance, disableOnWords: [], disableOnAttributes: ['searchLabels'] },
      faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'alpha' as const } },
      displayedAttributes: ['*'],
      synonyms: {},
    }
    expect(settingsPatch(desired, reported)).toEqual({})
  })

  it('updates only the settings that differ', () => {
    const desired = indexSettings(features)
    const reported = { ...desired, searchableAttributes: ['*'], prefixSearch: 'indexingTime' as const }
    expect(settingsPatch(desired, reported)).toEqual({
      searchableAttributes: desired.searchableAttributes,
      prefixSearch: 'disabled',
    })
  })
})

describe('Meilisearch synonyms', () => {
  it('maps every entry to every other entry of its groups', () => {
    const map = synonymMap([
      ['send', 'special educ need'],
      ['send', 'sen'],
      ['lone', 'lone'],
    ])
    expect(map).toEqual({
      send: ['special educ need', 'sen'],
      'special educ need': ['send'],
      sen: ['send'],
    })
  })

  it('compares synonyms whatever their order', () => {
    expect(sameSynonyms({ a: ['b', 'c'] }, { a: ['c', 'b'] })).toBe(true)
    expect(sameSynonyms({ a: ['b'] }, { a: ['b'], c: ['d'] })).toBe(false)
    expect(sameSynonyms(undefined, {})).toBe(true)
  })
})

describe('MeiliSearchEngine', () => {
  it('loads the ES-module Meilisearch client under Jest', async () => {
    const client = await createClient('http://127.0.0.1:7700', undefined)
    expect(client.index('case-studies').uid).toBe('case-studies')
  })

  it('reports a server it cannot reach when opened', async () => {
    const engine = new MeiliSearchEngine({ url: 'http://127.0.0.1:1', indexName: 'unreachable' })
    await expect(engine.open()).rejects.toMatchObject({ name: 'MeilisearchRequestError' })
  })

  it('refuses work before it is open, and suggests nothing (Meilisearch exposes no vocabulary)', async () => {
    const engine = new MeiliSearchEngine({ url: 'http://127.0.0.1:1' })
    expect(engine.name).toBe('meilisearch')
    await expect(engine.status()).rejects.toThrow(/not open/)
    await expect(engine.suggest('hous')).resolves.toEqual([])
  })
})
