import { paths } from '../paths'
import { FACETS } from '../search/searchTypes'
import type { SearchParams } from '../services/search/searchRequests'

/** Everything a search URL holds: the query, filters, sort, page and "councils like" choice. */
export type SearchState = Pick<
  SearchParams,
  'text' | 'filters' | 'sort' | 'page' | 'likeMode' | 'likeBy' | 'asTyped'
> & {
  likeSlug: string
}

/**
 * The URL of a search, so every link on the page (a facet tag to remove, a page, a suggestion)
 * carries the whole state and searches can be bookmarked and shared. Defaults are left out.
 */
export function searchUrl(state: SearchState, base = paths.caseStudies.list()): string {
  const query = new URLSearchParams()
  if (state.text.trim()) query.append('q', state.text)
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) query.append(facet, value)
  if (state.likeSlug) query.append('like', state.likeSlug)
  if (state.likeSlug && state.likeMode) query.append('likeMode', state.likeMode)
  if (state.likeSlug && state.likeBy !== 'global') query.append('likeBy', state.likeBy)
  if (state.sort !== 'relevance') query.append('sort', state.sort)
  if (state.page > 1) query.append('page', String(state.page))
  if (state.asTyped) query.append('asTyped', '1')
  const search = query.toString()
  return search ? `${base}?${search}` : base
}

/**
 * Downloads of every page of a search (not one page, not a corrected spelling's: the words the
 * results are for), and the codebook describing their columns.
 */
export function downloadLinks(state: SearchState) {
  const query = (format: 'csv' | 'jsonl') => {
    const url = searchUrl({ ...state, page: 1, asTyped: false })
    return paths.caseStudies.export(format, url.slice(paths.caseStudies.list().length))
  }
  return { csv: query('csv'), jsonl: query('jsonl'), codebook: paths.caseStudies.codebook() }
}
