import { analyseQuery } from '../../../server/search/analyzer'
import type { SearchDocument, SearchEngine } from '../../../server/search/searchTypes'
import { analyseVocabulary, DEFAULT_SYNONYMS } from '../../../server/search/synonyms'
import { browse } from '../../../server/services/search/searchRequests'
import { mean, ndcgAt } from './ndcg'
import { QUERY_KINDS, type JudgedQuery, type QueryKind } from './relevanceTypes'

export const K = 10

export type QueryResult = { id: string; kind: QueryKind; text: string; ndcg: number; returned: string[]; total: number }

export type EngineResult = {
  engine: string
  overall: number
  byKind: Record<QueryKind, number>
  queries: QueryResult[]
}

/** Loads the set into a fresh index the way the app does: open, the default synonyms, a full rebuild. */
export async function loadEngine(engine: SearchEngine, documents: SearchDocument[]): Promise<void> {
  await engine.open()
  await engine.setSynonyms(analyseVocabulary(DEFAULT_SYNONYMS))
  await engine.replaceAll([documents], 'relevance benchmark set')
}

/** Each query as the search page asks it (searchService.search, no filters), scored by nDCG@10. */
export async function runQueries(label: string, engine: SearchEngine, queries: JudgedQuery[]): Promise<EngineResult> {
  const results: QueryResult[] = []
  for (const query of queries) {
    const { truncated: _truncated, ...analysed } = analyseQuery(query.text)
    const response = await engine.search({ ...browse(), query: analysed, sort: 'relevance', offset: 0, limit: K })
    const returned = response.hits.map(hit => hit.id)
    results.push({
      id: query.id,
      kind: query.kind,
      text: query.text,
      ndcg: ndcgAt(K, returned, query.judgments),
      returned,
      total: response.total,
    })
  }
  const byKind = Object.fromEntries(
    QUERY_KINDS.map(kind => [kind, mean(results.filter(result => result.kind === kind).map(result => result.ndcg))]),
  ) as Record<QueryKind, number>
  return { engine: label, overall: mean(results.map(result => result.ndcg)), byKind, queries: results }
}
