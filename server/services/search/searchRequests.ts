import type { NeighbourKind } from '../../../models/councilTypes'
import type { FacetFilters, SearchRequest, SortOrder } from '../../search/searchTypes'

/** Case studies on a page of search results, the API's and the site's. */
export const PAGE_SIZE = 20

/** A request for everything, newest first, one page. */
export const browse = (): SearchRequest => ({
  query: { terms: [], phrases: [] },
  filters: {},
  sort: 'newest',
  offset: 0,
  limit: PAGE_SIZE,
  facets: false,
})

/** A search as the page and the API ask for it; parsed and validated by server/forms/searchForm.ts. */
export type SearchParams = {
  text: string
  filters: FacetFilters
  sort: SortOrder
  page: number
  /** Councils like this one (GSS code), as a filter or a ranking boost. */
  likeCouncil?: string
  likeMode?: 'filter' | 'boost'
  likeBy: NeighbourKind
  /** Search for the words exactly as typed, even when they find nothing and a close spelling would. */
  asTyped?: boolean
}
