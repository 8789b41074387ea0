import { analyseQuery } from '../../server/search/analyzer'
import type { SearchEngine, SearchRequest } from '../../server/search/searchTypes'
import { PAGE_SIZE } from '../../server/services/search/searchRequests'
import { QUERY_TYPES, queryGenerator, type QueryMix, type QueryType, type TypedQuery } from './queryMix'
import { elapsedMs, median, summarise, type Latency } from './stats'

export type Series = Latency & { medianTotal: number; zeroResults: number }
export type QueryTimings = Record<QueryType, { facets: Series; noFacets: Series | undefined }>

/** A request as the search page makes it: first page of 20, by relevance, with facet counts. */
export function pageRequest({ text, filters }: TypedQuery, facets: boolean): SearchRequest {
  const { truncated: _truncated, ...query } = analyseQuery(text)
  return { query, filters, sort: 'relevance', offset: 0, limit: PAGE_SIZE, facets }
}

async function timed(engine: SearchEngine, request: SearchRequest): Promise<{ ms: number; total: number }> {
  const start = process.hrtime.bigint()
  const { total } = await engine.search(request)
  return { ms: elapsedMs(start), total }
}

type Samples = { ms: number[]; totals: number[] }
const series = ({ ms, totals }: Samples): Series => ({
  ...summarise(ms),
  medianTotal: median(totals),
  zeroResults: totals.filter(total => total === 0).length,
})

/**
 * Times `rounds` fresh queries of every type, round-robin, so the machine's noise falls on every
 * type alike. Each round also times a different query of the same type without facet counts, for
 * comparison ('query + all facets' is the facet-counting case itself, so it has none). Analysis
 * (stemming) happens before the clock starts: what is timed is engine.search().
 */
export async function queryTimings(
  engine: SearchEngine,
  mix: QueryMix,
  { rounds, warmUp, seed }: { rounds: number; warmUp: number; seed: number },
): Promise<QueryTimings> {
  const draw = queryGenerator(mix, seed)
  const empty = (): Samples => ({ ms: [], totals: [] })
  const samples = new Map(QUERY_TYPES.map(type => [type, { facets: empty(), noFacets: empty() }]))
  for (let round = -warmUp; round < rounds; round++) {
    for (const type of QUERY_TYPES) {
      const withFacets = await timed(engine, pageRequest(draw(type), true))
      const withoutFacets =
        type === 'query + all facets' ? undefined : await timed(engine, pageRequest(draw(type), false))
      if (round < 0) continue
      const typeSamples = samples.get(type)!
      typeSamples.facets.ms.push(withFacets.ms)
      typeSamples.facets.totals.push(withFacets.total)
      if (withoutFacets) {
        typeSamples.noFacets.ms.push(withoutFacets.ms)
        typeSamples.noFacets.totals.push(withoutFacets.total)
      }
    }
  }
  return Object.fromEntries(
    QUERY_TYPES.map(type => {
      const { facets, noFacets } = samples.get(type)!
      return [type, { facets: series(facets), noFacets: noFacets.ms.length ? series(noFacets) : undefined }]
    }),
  ) as QueryTimings
}
