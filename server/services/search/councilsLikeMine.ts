import type { CouncilData } from '../../data/councilRepository'
import type { FacetCounts, SearchEngine, SearchRequest, SearchResponse } from '../../search/searchTypes'
import type { CouncilService } from '../councilService'
import type { SearchParams } from './searchRequests'

type LikeMine = {
  response: SearchResponse
  council: CouncilData | undefined
  neighbours: CouncilData[]
  councilCodes: Set<string>
}

function addCounts(a: FacetCounts, b: FacetCounts): FacetCounts {
  const sum = structuredClone(a)
  for (const [facet, values] of Object.entries(b) as [keyof FacetCounts, Record<string, number>][]) {
    for (const [value, count] of Object.entries(values)) sum[facet][value] = (sum[facet][value] ?? 0) + count
  }
  return sum
}

/** The chosen council and those of its statistical neighbours that are stored, with all their GSS codes. */
export async function likeCouncils(
  councils: CouncilService,
  params: Pick<SearchParams, 'likeCouncil' | 'likeBy'>,
): Promise<{ council: CouncilData | undefined; neighbours: CouncilData[]; codes: string[] }> {
  const council = params.likeCouncil ? await councils.findByGssCode(params.likeCouncil) : undefined
  if (!council) return { council, neighbours: [], codes: [] }
  const neighbourCodes = council.neighbours[params.likeBy] ?? []
  const neighbours = (await Promise.all(neighbourCodes.map(code => councils.findByGssCode(code)))).filter(
    (found): found is CouncilData => Boolean(found),
  )
  return { council, neighbours, codes: [council.gssCode, ...neighbours.map(neighbour => neighbour.gssCode)] }
}

/**
 * Runs a search with "councils like mine": the chosen council and its ONS statistical neighbours.
 * As a filter, only their case studies. As a boost, theirs first and then everyone else's, each
 * part in the order asked for: two engine searches split by council, whose pages are stitched
 * and whose facet counts add up (the parts are disjoint). The same on every engine, because it
 * only uses council filters.
 */
export async function searchCouncilsLikeMine(
  engine: SearchEngine,
  councils: CouncilService,
  request: SearchRequest,
  params: Pick<SearchParams, 'likeCouncil' | 'likeMode' | 'likeBy'>,
): Promise<LikeMine> {
  const { council, neighbours, codes } = await likeCouncils(councils, params)
  if (!council) return { response: await engine.search(request), council, neighbours: [], councilCodes: new Set() }
  const councilCodes = new Set(codes)
  if (params.likeMode === 'filter') {
    return { response: await engine.search({ ...request, councils: codes }), council, neighbours, councilCodes }
  }
  if (params.likeMode !== 'boost') {
    return { response: await engine.search(request), council, neighbours, councilCodes }
  }
  const first = await engine.search({ ...request, councils: codes })
  const restOffset = Math.max(0, request.offset - first.total)
  const rest = await engine.search({
    ...request,
    excludeCouncils: codes,
    offset: restOffset,
    limit: request.limit - first.hits.length,
  })
  return {
    response: {
      total: first.total + rest.total,
      hits: [...first.hits, ...rest.hits],
      facets: first.facets && rest.facets ? addCounts(first.facets, rest.facets) : undefined,
      unmatched: first.unmatched,
      misspelt: first.misspelt,
    },
    council,
    neighbours,
    councilCodes,
  }
}
