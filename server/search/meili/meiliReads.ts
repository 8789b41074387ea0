import type { Index, Meilisearch, MultiSearchParams, MultiSearchQuery } from 'meilisearch' with {
  'resolution-mode': 'import',
}
import {
  FACETS,
  emptyFacetCounts,
  type FacetCounts,
  type SearchDocument,
  type SearchRequest,
  type SearchResponse,
} from '../searchTypes'
import { chunks, fromMeiliDocument, isMeiliId, type MeiliDocument } from './meiliDocuments'
import { filteredFacets, idsFilter, pageWindow, searchFilter, sortFor } from './meiliFilters'
import { queryString } from './meiliQuery'

const FREQUENCY_TTL_MS = 60_000
// Ids per page when listing every match: only `id` comes back, so a page is small.
const IDS_PER_PAGE = 1_000
// Ids per filtered fetch, keeping filter strings a sensible size.
const IDS_PER_FETCH = 500
const nonEmpty = (conditions: string[]) => (conditions.length > 0 ? conditions : undefined)

/**
 * What the Meilisearch engine reads: documents by id, every document, a page of hits with
 * disjunctive facet counts, or every matching id, searches with the query's words ordered rarest
 * first (meiliQuery.ts).
 */
export class MeiliReads {
  private readonly frequencyCache = new Map<string, { count: number; until: number }>()

  /** `meili` gives the open client (it throws while the engine is closed). */
  constructor(
    private readonly meili: () => Meilisearch,
    private readonly indexName: string,
  ) {}

  private get index(): Index<MeiliDocument> {
    return this.meili().index<MeiliDocument>(this.indexName)
  }

  async get(ids: string[]): Promise<SearchDocument[]> {
    const byId = new Map<string, SearchDocument>()
    for (const batch of chunks([...new Set(ids.filter(isMeiliId))], IDS_PER_FETCH)) {
      const { results } = await this.index.getDocuments({ filter: idsFilter(batch), limit: batch.length })
      for (const stored of results) byId.set(stored.id, fromMeiliDocument(stored))
    }
    return ids.map(id => byId.get(id)).filter(document => document !== undefined)
  }

  async all(): Promise<SearchDocument[]> {
    const documents: SearchDocument[] = []
    const limit = 1_000
    for (let offset = 0; ; offset += limit) {
      const { results, total } = await this.index.getDocuments({ offset, limit })
      documents.push(...results.map(fromMeiliDocument))
      if (results.length < limit || offset + limit >= total) return documents
    }
  }

  /**
   * One multi-search: the page of hits with counts for the facets the request does not filter by,
   * plus, per filtered facet, a count-only search without that facet's own filter, so each facet
   * says how many results ticking one of its boxes would add (as the embedded engine's facetTable.ts counts). Documented,
   * not run here: results come back in query order, and with page/hitsPerPage both totalHits and
   * facetDistribution are exhaustive (up to maxTotalHits and maxValuesPerFacet).
   */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const q = queryString(request.query, await this.frequencies(request.query.terms))
    const base = { indexUid: this.indexName, q, matchingStrategy: 'last' as const }
    const filtered = filteredFacets(request)
    const window = pageWindow(request.offset, request.limit)
    const main: MultiSearchQuery = {
      ...base,
      filter: nonEmpty(searchFilter(request)),
      sort: sortFor(request),
      page: window.page,
      hitsPerPage: window.hitsPerPage,
      facets: request.facets ? FACETS.filter(facet => !filtered.includes(facet)) : undefined,
    }
    // hitsPerPage (not limit) 0, so counts are exhaustive like the main query's.
    const facetQueries: MultiSearchQuery[] = request.facets
      ? filtered.map(facet => ({
          ...base,
          filter: nonEmpty(searchFilter(request, facet)),
          page: 1,
          hitsPerPage: 0,
          facets: [facet],
        }))
      : []
    const { results } = await this.meili().multiSearch<MultiSearchParams, MeiliDocument>({
      queries: [main, ...facetQueries],
    })
    const [page, ...counts] = results
    if (page?.totalHits === undefined) throw new Error('Meilisearch returned no exhaustive totalHits')
    const hits = page.hits.slice(window.skip, window.skip + Math.max(0, request.limit)).map(fromMeiliDocument)
    if (!request.facets) return { total: page.totalHits, hits, facets: undefined }
    const facets = emptyFacetCounts()
    for (const result of [page, ...counts]) {
      for (const [facet, values] of Object.entries(result.facetDistribution ?? {})) {
        if (facet in facets) Object.assign(facets[facet as keyof FacetCounts], values)
      }
    }
    return { total: page.totalHits, hits, facets }
  }

  /**
   * Every matching id in order, a page of IDS_PER_PAGE at a time with only `id` retrieved. Pages
   * are separate searches, so a document moved by a write in between could appear twice or be
   * missed; it appears once at most.
   */
  async ids(request: SearchRequest): Promise<string[]> {
    const q = queryString(request.query, await this.frequencies(request.query.terms))
    const ids = new Set<string>()
    for (let page = 1; ; page++) {
      const { results } = await this.meili().multiSearch<MultiSearchParams, MeiliDocument>({
        queries: [
          {
            indexUid: this.indexName,
            q,
            matchingStrategy: 'last',
            filter: nonEmpty(searchFilter(request)),
            sort: sortFor(request),
            page,
            hitsPerPage: IDS_PER_PAGE,
            attributesToRetrieve: ['id'],
          },
        ],
      })
      const hits = results[0]?.hits ?? []
      for (const hit of hits) ids.add(hit.id)
      if (hits.length < IDS_PER_PAGE) return [...ids]
    }
  }

  /**
   * How many documents hold each term, for ordering a query's words rarest first (meiliQuery.ts):
   * one multi-search of count-only queries, remembered for a minute, since Meilisearch exposes no
   * word frequencies. A single word needs no order and costs nothing.
   */
  private async frequencies(terms: string[]): Promise<(term: string) => number> {
    const now = Date.now()
    const unknown = [...new Set(terms)].filter(term => (this.frequencyCache.get(term)?.until ?? 0) <= now)
    if (terms.length > 1 && unknown.length > 0) {
      const { results } = await this.meili().multiSearch<MultiSearchParams, MeiliDocument>({
        queries: unknown.map(term => ({ indexUid: this.indexName, q: term, page: 1, hitsPerPage: 0 })),
      })
      if (this.frequencyCache.size > 10_000) this.frequencyCache.clear()
      unknown.forEach((term, at) =>
        this.frequencyCache.set(term, { count: results[at]?.totalHits ?? 0, until: now + FREQUENCY_TTL_MS }),
      )
    }
    return term => this.frequencyCache.get(term)?.count ?? 0
  }
}
