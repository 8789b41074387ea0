import type { CouncilData } from '../../data/councilRepository'
import type { ZeroResultSearchRepository } from '../../data/zeroResultSearchRepository'
import { analyseQuery, isEmptyQuery } from '../../search/analyzer'
import { highlight, wordMatcher, type Highlights } from '../../search/highlight'
import type {
  FacetCounts,
  SearchDocument,
  SearchEngine,
  SearchRequest,
  SearchResponse,
  Synonyms,
} from '../../search/searchTypes'
import { isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import { createCatalogueListings } from './catalogueListings'
import { createDidYouMean } from './didYouMean'
import { searchCouncilsLikeMine } from './councilsLikeMine'
import { scrubSearchText } from './scrubSearchText'
import { searchResultsCache } from './searchResultsCache'
import { PAGE_SIZE, type SearchParams } from './searchRequests'

export type SearchHit = { document: SearchDocument; highlights: Highlights; likeMine: boolean }

export type SearchResults = {
  total: number
  page: number
  pageCount: number
  hits: SearchHit[]
  facets: FacetCounts
  /** A query to try instead when nothing was found and a close spelling was. */
  suggestion: string | undefined
  /** What was typed, when it found nothing and these are the results of `suggestion` instead. */
  correctedFrom: string | undefined
  /** The query was longer than the engine uses; only its start was searched. */
  truncated: boolean
  likeCouncil: CouncilData | undefined
  neighbours: CouncilData[]
}

/** Results, and whether the query had words to search for (not only filler words, or none). */
export type RunResults = SearchResults & { searchedWords: boolean }

type Dependencies = {
  engine: SearchEngine
  ready: () => Promise<void>
  councils: CouncilService
  zeroResults: ZeroResultSearchRepository
  /** The analysed synonyms and one-way expansions in use. */
  vocabulary: () => Synonyms
  clock: Clock
  /** Counts searches people typed, for the network dashboard (services/diffusion/usageCounter.ts). */
  counter: { recordSearch(query: string, foundNothing: boolean): void }
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200)

export function createSearchService({
  engine,
  ready,
  councils,
  zeroResults,
  vocabulary,
  clock,
  counter,
}: Dependencies) {
  const suggestionFor = createDidYouMean(engine)

  /** Query terms plus their synonyms' and expansions' terms, so highlights mark "special educational needs" for "SEND". */
  function highlightTerms(terms: string[]): string[] {
    const all = new Set(terms)
    const holds = (entry: string) => entry.split(' ').every(term => terms.includes(term))
    const { groups, oneWay } = vocabulary()
    for (const group of groups) {
      if (group.some(holds)) for (const entry of group) for (const term of entry.split(' ')) all.add(term)
    }
    for (const { from, to } of oneWay) {
      if (holds(from)) for (const entry of to) for (const term of entry.split(' ')) all.add(term)
    }
    return [...all]
  }

  // People page back and forth and share links, and a popular search is asked again and again:
  // its results are kept until the index, the councils or the vocabulary change.
  const recent = searchResultsCache<RunResults>()

  /** One search as asked, without any correction: kept results when nothing they came from has changed. */
  async function run(params: SearchParams): Promise<RunResults> {
    const inputs = await freshness()
    if (!inputs) return runNow(params)
    return recent.get(JSON.stringify(params), inputs, () => runNow(params))
  }

  /**
   * When other words found case studies but some word is in none in any form (misspelt beyond the
   * typos its length allows), a close spelling to try, shown beside those results.
   */
  async function suggestionBeside(params: SearchParams, response: SearchResponse): Promise<string | undefined> {
    if (response.total === 0 || !response.unmatched?.length || params.asTyped) return undefined
    return suggestionFor(params.text.slice(0, 400), response.misspelt)
  }

  /**
   * What every search answer is computed from, to compare by identity: the engine's version, the
   * councils list (councils like mine) and the vocabulary (highlights). Undefined when the engine
   * cannot say whether it changed, and then nothing may be kept.
   */
  async function freshness(): Promise<readonly unknown[] | undefined> {
    if (!engine.version) return undefined
    return [await engine.version(), await councils.all(), vocabulary()]
  }

  async function runNow(params: SearchParams, limit = PAGE_SIZE): Promise<RunResults> {
    const { truncated, ...query } = analyseQuery(params.text)
    const request: SearchRequest = {
      query,
      filters: params.filters,
      sort: params.sort,
      offset: (params.page - 1) * limit,
      limit,
      facets: true,
    }
    const like = await searchCouncilsLikeMine(engine, councils, request, params)
    const terms = highlightTerms([...query.terms, ...query.phrases.flat()])
    const matches = wordMatcher(terms)
    return {
      total: like.response.total,
      page: params.page,
      pageCount: Math.max(1, Math.ceil(like.response.total / limit)),
      hits: like.response.hits.map(document => ({
        document,
        highlights: highlight(document, terms, matches),
        likeMine: like.councilCodes.has(document.councilCode),
      })),
      facets: like.response.facets!,
      suggestion: await suggestionBeside(params, like.response),
      correctedFrom: undefined,
      truncated,
      likeCouncil: like.council,
      neighbours: like.neighbours,
      searchedWords: !isEmptyQuery(query),
    }
  }

  return {
    ...createCatalogueListings({ engine, ready, councils }),

    /** See freshness() above; waits, as searches do, for the index to be ready. */
    async freshness(): Promise<readonly unknown[] | undefined> {
      await ready()
      return freshness()
    },

    /** Counts a visitor's search answered from a kept page (kept only when it found something). */
    countSearch(text: string): void {
      counter.recordSearch(normalise(scrubSearchText(text)), false)
    },

    /**
     * A search, by `actor` (undefined for a visitor). Searches that find nothing are counted for
     * curators, except curators' own: theirs are checks (re-running a logged search, trying one
     * after a synonym change), not demand, and would inflate the counts they are reading.
     * `typed` says the caller knows a person typed this search (not a bot, not a later page of
     * it): only then is it counted for the network dashboard, by its words as stored for curators.
     */
    async search(params: SearchParams, actor?: MaybeUser, typed = false): Promise<RunResults> {
      await ready()
      const results = await run(params)
      const counted = results.searchedWords && !isNetworkAdmin(actor)
      if (counted && typed) counter.recordSearch(normalise(scrubSearchText(params.text)), results.total === 0)
      if (!results.searchedWords || results.total > 0) return results
      if (!isNetworkAdmin(actor)) await zeroResults.record(normalise(scrubSearchText(params.text)), clock())
      const suggestion = await suggestionFor(params.text.slice(0, 400))
      if (!suggestion) return results
      // Nothing matched as typed but a close spelling does: show its results straight away, with a
      // way back to the words as typed (asTyped), as people expect of a search box.
      if (params.asTyped) return { ...results, suggestion }
      return { ...(await run({ ...params, text: suggestion })), suggestion, correctedFrom: params.text }
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
