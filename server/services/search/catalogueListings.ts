import { setImmediate } from 'node:timers/promises'
import { analyseQuery } from '../../search/analyzer'
import type { FacetCounts, SearchDocument, SearchEngine, SearchRequest } from '../../search/searchTypes'
import type { CouncilService } from '../councilService'
import { searchCouncilsLikeMine } from './councilsLikeMine'
import { matchingIds } from './searchIds'
import { browse, type SearchParams } from './searchRequests'

/** The most adaptations a case study page lists by name; the count says how many there are. */
const MAX_ADAPTATIONS_LISTED = 100

export type SitemapAddress = Pick<SearchDocument, 'slug' | 'updatedAt'>

type Dependencies = { engine: SearchEngine; ready: () => Promise<void>; councils: CouncilService }

/**
 * Lists the search index answers for pages other than search (case study, home, council, theme,
 * sitemap, feeds, exports): the index holds exactly the published, unarchived case studies, so
 * none of these needs a scan of the store. Nothing here is a person searching, so nothing is
 * counted or corrected.
 */
export function createCatalogueListings({ engine, ready, councils }: Dependencies) {
  /** Published case studies that say they were adapted from this one, newest first. */
  async function adaptations(id: string): Promise<SearchDocument[]> {
    await ready()
    return (await engine.search({ ...browse(), adaptedFromId: id, limit: MAX_ADAPTATIONS_LISTED })).hits
  }

  return {
    async adaptationsOf(
      id: string,
    ): Promise<{ title: string; slug: string; councilName: string; councilCode: string }[]> {
      const hits = await adaptations(id)
      return hits.map(({ title, slug, councilName, councilCode }) => ({ title, slug, councilName, councilCode }))
    },

    /** The ids of the published case studies adapted from this one, for the lineage page to follow. */
    async adaptationIdsOf(id: string): Promise<string[]> {
      return (await adaptations(id)).map(hit => hit.id)
    },

    /**
     * How many case studies are published, in all or by one council, with the count of each facet
     * value (themes, stages, ...), for the API's theme and council pages.
     */
    async publishedCounts(councilCode?: string): Promise<{ total: number; facets: FacetCounts }> {
      await ready()
      const request = { ...browse(), limit: 0, facets: true }
      const { total, facets } = await engine.search(councilCode ? { ...request, councils: [councilCode] } : request)
      return { total, facets: facets! }
    },

    /** Every case study the search finds, as ids in the order of its pages: what an export lists. */
    async ids(params: SearchParams): Promise<string[]> {
      await ready()
      return matchingIds(engine, councils, params)
    },

    /** The newest published case studies, for the home page. */
    async newest(limit: number): Promise<{ total: number; hits: SearchDocument[] }> {
      await ready()
      const { total, hits } = await engine.search({ ...browse(), limit })
      return { total, hits }
    },

    /**
     * The address and latest publication date of `count` published case studies from `offset`,
     * newest first, for the sitemap: read a page at a time, so memory holds one page however large
     * the catalogue. The index holds exactly the published, unarchived case studies; reading them
     * from it costs a few milliseconds a page, where the store would read every whole record.
     */
    async *addresses(offset: number, count: number, pageSize = 500): AsyncGenerator<SitemapAddress> {
      await ready()
      for (let at = offset; at < offset + count; at += pageSize) {
        const limit = Math.min(pageSize, offset + count - at)
        const { hits } = await engine.search({ ...browse(), offset: at, limit })
        for (const { slug, updatedAt } of hits) yield { slug, updatedAt }
        if (hits.length < limit) return
        // The embedded engine answers synchronously: without this, a whole file (100 pages) could
        // be read before any other request got a turn. A page takes tens of milliseconds.
        await setImmediate()
      }
    },

    /**
     * The newest `limit` case studies a search finds, for its feed. Feed readers poll: that is not
     * people searching, so nothing is recorded, and the words are used as given (no correction).
     * A feed is in date order, so "councils like" applies as a filter or not at all, never a boost.
     */
    async feed(params: SearchParams, limit: number): Promise<SearchDocument[]> {
      await ready()
      const likeMode = params.likeMode === 'filter' ? 'filter' : undefined
      const { truncated: _truncated, ...query } = analyseQuery(params.text)
      // Feed readers poll: no facet counts or highlights, which a feed never shows.
      const request: SearchRequest = { query, filters: params.filters, sort: 'newest', offset: 0, limit, facets: false }
      return (await searchCouncilsLikeMine(engine, councils, request, { ...params, likeMode })).response.hits
    },
  }
}
