import { analyseQuery } from '../../search/analyzer'
import type { SearchEngine, SearchRequest } from '../../search/searchTypes'
import type { CouncilService } from '../councilService'
import { likeCouncils } from './councilsLikeMine'
import type { SearchParams } from './searchRequests'

/**
 * The id of every case study a search finds, in the order its pages list them (all pages, not
 * one), for exports. "Councils like" applies as on the page: as a filter, only their case studies;
 * as a boost, theirs first and then everyone else's. A search that found nothing stays empty: the
 * "did you mean" correction is the page's, and a link from a corrected page carries the corrected words.
 */
export async function matchingIds(
  engine: SearchEngine,
  councils: CouncilService,
  params: Pick<SearchParams, 'text' | 'filters' | 'sort' | 'likeCouncil' | 'likeMode' | 'likeBy'>,
): Promise<string[]> {
  const { truncated: _truncated, ...query } = analyseQuery(params.text)
  const request: SearchRequest = {
    query,
    filters: params.filters,
    sort: params.sort,
    offset: 0,
    limit: 0,
    facets: false,
  }
  const { council, codes } = params.likeMode ? await likeCouncils(councils, params) : { council: undefined, codes: [] }
  if (!council) return engine.ids(request)
  if (params.likeMode === 'filter') return engine.ids({ ...request, councils: codes })
  const theirs = await engine.ids({ ...request, councils: codes })
  return [...theirs, ...(await engine.ids({ ...request, excludeCouncils: codes }))]
}
