import { paths } from '../../paths'
import { searchUrl, type SearchState } from '../searchUrl'

/**
 * What a search's feed follows: the query, filters and a "councils like" filter. Not the sort (a
 * feed is newest first), the page, "as typed" (a feed never corrects spelling) or a boost (a feed
 * is in date order, so only the filter means anything).
 */
export function feedState(state: SearchState): SearchState {
  const filtering = state.likeMode === 'filter' && Boolean(state.likeSlug)
  return {
    ...state,
    sort: 'relevance',
    page: 1,
    asTyped: false,
    likeMode: filtering ? 'filter' : undefined,
    likeSlug: filtering ? state.likeSlug : '',
  }
}

/** The feed of a search: its path and query, in the one order searchUrl writes them. */
export const searchFeedPath = (state: SearchState) => searchUrl(feedState(state), paths.feeds.search())

/** "Practice Exchange: case studies matching “school meals”, filtered". */
export function searchFeedTitle(state: SearchState): string {
  const text = state.text.trim().replace(/\s+/g, ' ')
  const words = text.length > 80 ? `${text.slice(0, 80)}…` : text
  const filtered = Object.values(state.filters).some(values => values?.length) || state.likeMode === 'filter'
  const matching = words ? ` matching “${words}”` : ''
  return `Practice Exchange: case studies${matching}${filtered ? ', filtered' : ''}`
}

/**
 * The search page's links for machines and subscribers: its canonical address (the same search
 * without its page number or anything else the page does not read) and its feed.
 */
export function presentSearchLinks(state: SearchState) {
  const feedPath = searchFeedPath(state)
  return {
    canonicalPath: searchUrl({ ...state, page: 1 }),
    feedPath,
    feedLinks: [{ title: searchFeedTitle(state), href: feedPath }],
  }
}
