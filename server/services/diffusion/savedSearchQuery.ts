import { parseSearch, type ParsedSearch } from '../../forms/searchForm'
import { paths } from '../../paths'
import { searchUrl } from '../../presenters/searchUrl'

/** A query string as the search form reads it: repeated names become lists. */
function fields(queryString: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {}
  for (const [name, value] of new URLSearchParams(queryString)) {
    const existing = result[name]
    result[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
  }
  return result
}

/** A saved search's query string, read through the search form: what it means today. */
export function readSavedSearch(queryString: string): ParsedSearch {
  return parseSearch(fields(queryString))
}

/**
 * The search page's query string as it is saved: through the search form and back, so only what
 * the form understands is kept, in one order, without the page or a corrected spelling. Two ways
 * of writing one search save as one.
 */
export function normaliseSavedSearch(queryString: string): string {
  const { params, likeSlug } = readSavedSearch(queryString.replace(/^\?/, ''))
  const url = searchUrl({ ...params, likeSlug, page: 1, asTyped: false })
  return url.slice(paths.caseStudies.list().length + 1)
}
