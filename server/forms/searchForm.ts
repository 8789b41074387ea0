import { NEIGHBOUR_KINDS, type NeighbourKind } from '../../models/councilTypes'
import type { FieldError } from '../errors/queryError'
import { FACET_OPTIONS } from '../presenters/facetOptions'
import { FACETS, SORTS, type FacetFilters, type SortOrder } from '../search/searchTypes'
import type { SearchParams } from '../services/search/searchRequests'

/** The most values one facet filter may hold; more is not a search a person makes. */
export const MAX_VALUES_PER_FACET = 30
export const MAX_PAGE = 1_000_000

const first = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return ''
}
const all = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string' && item !== '')

/**
 * A search form's query string as the service takes it, plus notices about what was left out (for
 * the page) and the same problems by field (for the API, which refuses them).
 */
export type ParsedSearch = { params: SearchParams; likeSlug: string; notices: string[]; problems: FieldError[] }

/** A value as typed, short enough to quote back in a message. */
const quoted = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`

/**
 * Reads the search page's (and the API's) query string. A search page never fails on bad input:
 * what cannot be used is left out and the page says so, so a mistyped bookmark still shows results.
 */
export function parseSearch(
  query: Record<string, unknown>,
  defaults: { likeCouncil?: string; maxPage?: number } = {},
): ParsedSearch {
  const notices: string[] = []
  const problems: FieldError[] = []
  const filters: FacetFilters = {}
  for (const facet of FACETS) {
    const values = [...new Set(all(query[facet]))]
    if (values.length === 0) continue
    const { legend, known: isKnown } = FACET_OPTIONS[facet]
    const known = values.filter(value => isKnown(value)).slice(0, MAX_VALUES_PER_FACET)
    const unknown = values.find(value => !isKnown(value))
    if (known.length < values.length)
      notices.push(`Some ${legend.toLowerCase()} filters were not recognised and were left out`)
    if (unknown !== undefined)
      problems.push({ field: facet, message: `${legend} ${quoted(unknown)} is not recognised` })
    else if (known.length < values.length)
      problems.push({ field: facet, message: `Choose at most ${MAX_VALUES_PER_FACET} ${legend.toLowerCase()} values` })
    if (known.length) filters[facet] = known
  }
  const sortText = first(query.sort)
  const sort: SortOrder = (SORTS as readonly string[]).includes(sortText) ? (sortText as SortOrder) : 'relevance'
  if (sortText && sort !== sortText) {
    notices.push('That sort order was not recognised, so results are sorted by relevance')
    problems.push({ field: 'sort', message: `Sort must be ${oneOf(SORTS)}` })
  }

  const pageText = first(query.page)
  const maxPage = defaults.maxPage ?? MAX_PAGE
  let page = 1
  if (pageText) {
    const number = Number(pageText)
    if (/^\d+$/.test(pageText) && number >= 1 && number <= maxPage) page = number
    else {
      notices.push('That page number was not recognised, so this is the first page')
      problems.push({ field: 'page', message: `Page must be a whole number from 1 to ${maxPage}` })
    }
  }

  const likeModeText = first(query.likeMode)
  const likeMode = likeModeText === 'filter' || likeModeText === 'boost' ? likeModeText : undefined
  if (likeModeText && !likeMode) problems.push({ field: 'likeMode', message: 'likeMode must be filter or boost' })
  const likeByText = first(query.likeBy)
  const likeBy: NeighbourKind = (NEIGHBOUR_KINDS as readonly string[]).includes(likeByText)
    ? (likeByText as NeighbourKind)
    : 'global'
  if (likeByText && likeBy !== likeByText)
    problems.push({ field: 'likeBy', message: `likeBy must be ${oneOf(NEIGHBOUR_KINDS)}` })
  const asTypedText = first(query.asTyped)
  if (asTypedText && asTypedText !== '1' && asTypedText !== '0')
    problems.push({ field: 'asTyped', message: 'asTyped must be 1 or 0' })
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
    problems,
  }
}
