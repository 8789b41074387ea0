import { isEmptyQuery } from '../analyzer'
import { FACETS, type FacetName, type SearchRequest } from '../searchTypes'

/**
 * A string value for a Meilisearch filter expression, in double quotes. Inside quotes the filter
 * parser gives meaning only to `"` (ends the value) and `\` (escapes); both are escaped, backslash
 * first, so no value (quotes, backslashes, AND/OR, brackets) can change the expression.
 * Relied on, not run (no server on this machine): meilisearch crates/filter-parser/src/value.rs
 * (quoted_by, then unescaper) and the v1.4 release notes on backslashes. Meilisearch issue #6493
 * (fixed by PR #6499, July 2026) rejected some escaped `\` values in multi-search: run the contract
 * suite against the pinned server before trusting values with backslashes.
 */
export const quoteFilterValue = (value: string): string => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`

const list = (values: string[]) => `[${values.map(quoteFilterValue).join(', ')}]`
const unique = (values: readonly string[]) => [...new Set(values)]

/** A condition no document meets: every document has an id. */
export const MATCHES_NOTHING = 'id NOT EXISTS'

/**
 * Any of these exact values. Meilisearch indexes no '' for filters, so a '' value becomes
 * `IS EMPTY` (Meilisearch ≥ 1.2), which is how the embedded engine's plain comparison treats it.
 */
function anyOf(field: string, values: readonly string[]): string {
  const present = unique(values.filter(Boolean))
  const conditions = present.length > 0 ? [`${field} IN ${list(present)}`] : []
  if (values.includes('')) conditions.push(`${field} IS EMPTY`)
  if (conditions.length === 0) return MATCHES_NOTHING
  return conditions.length === 1 ? conditions[0]! : `(${conditions.join(' OR ')})`
}

function noneOf(field: string, values: readonly string[]): string[] {
  const present = unique(values.filter(Boolean))
  const conditions = present.length > 0 ? [`${field} NOT IN ${list(present)}`] : []
  if (values.includes('')) conditions.push(`${field} IS NOT EMPTY`)
  return conditions
}

/**
 * One facet's filter: any of its values. Blank facet values are never indexed (meiliDocuments.ts),
 * as the embedded engine never codes them, so a filter of only '' matches nothing on both.
 */
export function facetFilter(facet: FacetName, values: readonly string[]): string {
  const present = unique(values.filter(Boolean))
  return present.length > 0 ? `${facet} IN ${list(present)}` : MATCHES_NOTHING
}

/** The facets a request filters by (an empty list filters nothing, as on the embedded engine). */
export const filteredFacets = (request: SearchRequest): FacetName[] =>
  FACETS.filter(facet => (request.filters[facet]?.length ?? 0) > 0)

/**
 * The request's filter as a list of conditions that must all hold; `except` leaves one facet's
 * own filter out, for that facet's disjunctive counts.
 */
export function searchFilter(request: SearchRequest, except?: FacetName): string[] {
  const conditions: string[] = []
  for (const facet of filteredFacets(request)) {
    if (facet !== except) conditions.push(facetFilter(facet, request.filters[facet]!))
  }
  if (request.councils) conditions.push(anyOf('councilCode', request.councils))
  conditions.push(...noneOf('councilCode', request.excludeCouncils ?? []))
  const excludeIds = unique((request.excludeIds ?? []).filter(Boolean))
  if (excludeIds.length > 0) conditions.push(`id NOT IN ${list(excludeIds)}`)
  if (request.adaptedFromId !== undefined) conditions.push(anyOf('adaptedFromId', [request.adaptedFromId]))
  return conditions
}

/** Documents with any of these ids, for get(). */
export const idsFilter = (ids: readonly string[]): string => anyOf('id', ids)

// Ties fall back to newest first, then the id, as in embedded/topHits.ts.
const TIE_BREAK = ['publishedAt:desc', 'id:asc']

/** The `sort` for a request; undefined keeps the ranking rules (relevance). */
export function sortFor(request: SearchRequest): string[] | undefined {
  const sort = request.sort === 'relevance' && isEmptyQuery(request.query) ? 'newest' : request.sort
  switch (sort) {
    case 'relevance':
      return undefined
    case 'newest':
      return TIE_BREAK
    case 'adapted':
      return ['adaptedCount:desc', ...TIE_BREAK]
    case 'updated':
      return ['updatedAt:desc', ...TIE_BREAK]
  }
}

/**
 * Meilisearch counts every match (`totalHits`) only with page/hitsPerPage; offset/limit gives an
 * estimate. So [offset, offset + limit) is fetched as the smallest page that covers it, and
 * `skip` hits are dropped from its front. An aligned offset (a multiple of limit) costs nothing extra.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  const start = Math.max(0, Math.floor(offset))
  const wanted = Math.max(0, Math.floor(limit))
  if (wanted === 0) return { page: 1, hitsPerPage: 0, skip: 0 }
  for (let size = wanted; ; size++) {
    const index = Math.floor(start / size)
    if ((index + 1) * size >= start + wanted) return { page: index + 1, hitsPerPage: size, skip: start - index * size }
  }
}
