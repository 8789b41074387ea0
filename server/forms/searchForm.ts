import { NEIGHBOUR_KINDS, type NeighbourKind } from '../../models/councilTypes'
import { FACET_OPTIONS } from '../presenters/facetOptions'
import { FACETS, SORTS, type FacetFilters, type SortOrder } from '../search/searchTypes'
import type { SearchParams } from '../services/search/searchService'

/** The most values one facet filter may hold; more is not a search a person makes. */
const MAX_VALUES_PER_FACET = 30
export const MAX_PAGE = 1_000_000

const first = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return ''
}
const all = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '')

/** A search form's query string as the service takes it, plus notices about what was left out. */
export type ParsedSearch = { params: SearchParams; likeSlug: string; notices: string[] }

/**
 * Reads the search page's (and the API's) query string. A search never fails on bad input: what
 * cannot be used is left out and the page says so, so a mistyped bookmark still shows results.
 */
export function parseSearch(query: Record<string, unknown>, defaults: { likeCouncil?: string } = {}): ParsedSearch {
  const notices: string[] = []
  const filters: FacetFilters = {}
  for (const facet of FACETS) {
    const values = [...new Set(all(query[facet]))]
    if (values.length === 0) continue
    const known = values.filter(value => FACET_OPTIONS[facet].known(value)).slice(0, MAX_VALUES_PER_FACET)
    if (known.length < values.length)
      notices.push(`Some ${FACET_OPTIONS[facet].legend.toLowerCase()} filters were not recognised and were left out`)
    if (known.length) filters[facet] = known
  }
  const sortText = first(query.sort)
  const sort: SortOrder = (SORTS as readonly string[]).includes(sortText) ? (sortText as SortOrder) : 'relevance'
  if (sortText && sort !== sortText)
    notices.push('That sort order was not recognised, so results are sorted by relevance')

  const pageText = first(query.page)
  let page = 1
  if (pageText) {
    const number = Number(pageText)
    if (Number.isInteger(number) && number >= 1 && number <= MAX_PAGE) page = number
    else notices.push('That page number was not recognised, so this is the first page')
  }

  const likeModeText = first(query.likeMode)
  const likeMode = likeModeText === 'filter' || likeModeText === 'boost' ? likeModeText : undefined
  const likeByText = first(query.likeBy)
  const likeBy: NeighbourKind = (NEIGHBOUR_KINDS as readonly string[]).includes(likeByText)
    ? (likeByText as NeighbourKind)
    : 'global'
  return {
    params: {
      text: first(query.q),
      filters,
      sort,
      page,
      likeCouncil: defaults.likeCouncil,
      likeMode,
      likeBy,
      asTyped: first(query.asTyped) === '1',
    },
    likeSlug: first(query.like),
    notices,
  }
}
