// What every search engine takes and gives. Engines see only these shapes, so the embedded engine
// and Meilisearch can be swapped and tested with one contract suite (tests/contract).

// Facet and sort names are part of the case-study vocabulary, with the labels people read.
import { FACETS, type FacetName, type SortOrder } from '../../models/vocabulary'
export { FACETS, SORTS, isFacetName, type FacetName, type SortOrder } from '../../models/vocabulary'

/**
 * The weighted text fields, heaviest first. Each holds analysed (stemmed) text (analyzer.ts), except
 * the last: the words of the whole case study as written, where their stem differs, so that a
 * misspelling is measured against the word people meant ("procuremnet" is one typo from
 * "procurement", but four from its stem "procur"). `searchLabels` holds the labels of the case
 * study's themes, barrier and enabler categories: a category's name says what the case study is
 * filed under, not what its text is about, so it weighs least and synonyms and typos never reach it.
 */
export const SEARCHABLE_FIELDS = [
  'searchTitle',
  'searchSummary',
  'searchTags',
  'searchPractice',
  'searchContext',
  'searchResults',
  'searchLabels',
  'searchSpellings',
] as const
export type SearchableField = (typeof SEARCHABLE_FIELDS)[number]

/**
 * One published case study as the index holds it: public fields only (never contacts), the
 * analysed text the engines match, the facet values and the numbers results sort by.
 */
export type SearchDocument = {
  id: string
  slug: string
  councilCode: string
  councilName: string
  title: string
  summary: string
  /** Plain text of the longer sections, for snippets. */
  problem: string
  whatTheyDid: string
  outcomes: string
  lessons: string
  tags: string[]
  adaptedFromId: string
  publishedAt: number
  updatedAt: number
  adaptedCount: number
} & Record<SearchableField, string> & {
    theme: string[]
    barrierCategory: string[]
    enablerCategory: string[]
    evidenceLevel: string
    stage: string
    budgetBand: string
    councilType: string
    nation: string
    region: string
    populationBand: string
    ruralUrban: string
    yearPublished: string
  }

/** Facet filters: values of one facet are alternatives (OR); different facets all apply (AND). */
export type FacetFilters = Partial<Record<FacetName, string[]>>

/** A parsed query: words and quoted phrases, already analysed (lower case, stemmed, no stop words). */
export type AnalysedQuery = {
  terms: string[]
  phrases: string[][]
  /**
   * The same words as people typed them (lower case, accents folded, British spelling), parallel to
   * `terms` and `phrases`: typos are measured against these. Absent, the terms stand in for them.
   */
  written?: { terms: string[]; phrases: string[][] }
}

export type SearchRequest = {
  query: AnalysedQuery
  filters: FacetFilters
  /** Only case studies from these councils (GSS codes). */
  councils?: string[]
  /** No case studies from these councils. */
  excludeCouncils?: string[]
  excludeIds?: string[]
  /** Only case studies adapted from this one. */
  adaptedFromId?: string
  sort: SortOrder
  offset: number
  limit: number
  /** Count facet values; each facet's counts leave out that facet's own filter (see FacetCounts). */
  facets: boolean
}

/**
 * Per facet, value → number of matching case studies. A facet's counts apply the query and every
 * other facet's filter but not its own, so a count says how many results ticking that box adds.
 */
export type FacetCounts = Record<FacetName, Record<string, number>>

export const emptyFacetCounts = (): FacetCounts => Object.fromEntries(FACETS.map(facet => [facet, {}])) as FacetCounts

export type SearchResponse = {
  total: number
  hits: SearchDocument[]
  facets?: FacetCounts
  /**
   * Words of the query, as written, that no case study holds in any form (as typed, within the
   * typos allowed, joined, split or through a synonym): the query was answered without them. Left
   * out by an engine that cannot tell (Meilisearch).
   */
  unmatched?: string[]
  /** Words of the query, as written, matched only through a typo correction, or not at all. */
  misspelt?: string[]
}

/** Documents in batches, as a rebuild reads them from a cursor: never the whole catalogue at once. */
export type DocumentBatches = Iterable<SearchDocument[]> | AsyncIterable<SearchDocument[]>

export type EngineStatus = { engine: string; documents: number; builtAt?: string; source?: string }

/** Synonym groups, each a list of terms or phrases that mean the same, as people write them. */
export type SynonymGroups = string[][]

/** One-way expansions: a query holding `from` also finds each of `to`, but not the reverse. */
export type OneWaySynonyms = { from: string; to: string[] }[]

/** Everything the engines expand queries with, analysed (stemmed) by the caller. */
export type Synonyms = { groups: SynonymGroups; oneWay: OneWaySynonyms }

export interface SearchEngine {
  readonly name: string
  /** Opens or creates the index and applies its settings (idempotent). */
  open(): Promise<void>
  close(): Promise<void>
  /**
   * Closes and sets aside an index found damaged (SearchIndexCorruptError), so that open() starts
   * an empty one to rebuild. Only engines whose index this process owns (the embedded file) have it.
   */
  discard?(): Promise<void>
  /** Replaces every document, e.g. on reindex; `source` names what the index was built from. */
  replaceAll(batches: DocumentBatches, source: string): Promise<void>
  upsert(documents: SearchDocument[]): Promise<void>
  remove(ids: string[]): Promise<void>
  get(ids: string[]): Promise<SearchDocument[]>
  /** Every indexed document, for check-index. */
  all(): Promise<SearchDocument[]>
  search(request: SearchRequest): Promise<SearchResponse>
  /**
   * The id of every document the request matches, in its order (offset, limit and facets do not
   * apply), without the documents: what an export of a search reads from MongoDB.
   */
  ids(request: SearchRequest): Promise<string[]>
  /** Synonym groups and one-way expansions, already analysed (stemmed) by the caller. */
  setSynonyms(synonyms: Synonyms): Promise<void>
  /** Indexed words close to this analysed term, most frequent first, for "did you mean". */
  suggest(term: string): Promise<string[]>
  status(): Promise<EngineStatus>
  /**
   * A number that changes whenever what a search could answer changes (documents, synonyms, a
   * rebuild, another process's write to the same index), so answers can be kept until it moves.
   * Engines that cannot tell cheaply (a remote server) leave it out, and nothing is kept.
   */
  version?(): Promise<number>
}
