import type { ZeroResultSearchData } from '../data/zeroResultSearchRepository'
import { formatDate } from './formatDate'
import { searchUrl } from './searchUrl'

/** The searches that found nothing, as rows: each links to the same search run again. */
export const presentZeroResultSearches = (searches: ZeroResultSearchData[]) =>
  searches.map(search => ({
    query: search.query,
    href: searchUrl({ text: search.query, filters: {}, sort: 'relevance', page: 1, likeBy: 'global', likeSlug: '' }),
    count: search.count.toLocaleString('en-GB'),
    lastTried: formatDate(search.lastSearchedAt),
  }))
