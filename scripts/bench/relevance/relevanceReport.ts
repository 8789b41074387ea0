import { markdownTable } from '../markdownTable'
import type { EngineResult } from './relevanceRun'
import { QUERY_KINDS, type JudgedQuery, type RelevanceCase } from './relevanceTypes'

// The targets; printed for reading, never used to fail the run.
export const TARGET_OVERALL = 0.85
export const TARGET_PER_KIND = 0.75

const score = (value: number) => value.toFixed(3)

/** Kinds down the side, one column of nDCG@10 per engine, overall last. */
export function scoreTable(results: EngineResult[], queries: JudgedQuery[]): string {
  const rows = QUERY_KINDS.map(kind => [
    kind,
    String(queries.filter(query => query.kind === kind).length),
    ...results.map(result => score(result.byKind[kind])),
  ])
  rows.push(['**overall**', String(queries.length), ...results.map(result => `**${score(result.overall)}**`)])
  return markdownTable(['kind', 'queries', ...results.map(result => `nDCG@10 ${result.engine}`)], rows, [
    false,
    true,
    ...results.map(() => true),
  ])
}

/** Whether an engine met the targets, and which kinds fell short. */
export function targetsLine(result: EngineResult): string {
  const short = QUERY_KINDS.filter(kind => result.byKind[kind] < TARGET_PER_KIND)
  const overall = result.overall >= TARGET_OVERALL ? 'met' : 'not met'
  const kinds = short.length === 0 ? 'no kind below' : `below in ${short.join(', ')}`
  return `${result.engine}: overall target ${TARGET_OVERALL} ${overall}; per-kind target ${TARGET_PER_KIND}: ${kinds}.`
}

/** The worst queries, each with what came back (id and grade) and what was missed. */
export function worstQueries(
  result: EngineResult,
  queries: JudgedQuery[],
  corpus: RelevanceCase[],
  count = 10,
): string {
  const byId = new Map(queries.map(query => [query.id, query]))
  const titles = new Map(corpus.map(item => [item.id, item.title]))
  const worst = [...result.queries].sort((a, b) => a.ndcg - b.ndcg || a.id.localeCompare(b.id)).slice(0, count)
  const lines = [`Worst ${worst.length} queries on ${result.engine}:`]
  for (const query of worst) {
    const judgments = byId.get(query.id)?.judgments ?? {}
    const got = query.returned.map(id => `${id}:${judgments[id] ?? 0}`).join(' ') || '(nothing)'
    const missed = Object.entries(judgments)
      .filter(([id, grade]) => grade >= 2 && !query.returned.includes(id))
      .map(([id, grade]) => `${id}:${grade} "${titles.get(id) ?? ''}"`)
    lines.push(`- ${query.id} [${query.kind}] ${score(query.ndcg)} "${query.text}" (${query.total} found)`)
    lines.push(`    returned ${got}`)
    if (missed.length > 0) lines.push(`    missed   ${missed.join('; ')}`)
  }
  return lines.join('\n')
}
