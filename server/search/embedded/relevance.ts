import type Database from 'better-sqlite3'
import type { Collected } from './rowState'

/** BM25 weights of SEARCHABLE_FIELDS in order: title > summary > themes and tags > practice > context > results > spellings. */
const FIELD_WEIGHTS = [10, 6, 4, 2.5, 1.5, 1, 0.5]
// Added to the scores of title and summary matches; BM25 scores here stay far below 1,000.
const TITLE_TIER = 2_000
const SUMMARY_TIER = 1_000

/** The small full-text tables beside the main one, each holding one short field. */
export const TIER_TABLES = [
  { table: 'titles', field: 'searchTitle', tier: TITLE_TIER },
  { table: 'summaries', field: 'searchSummary', tier: SUMMARY_TIER },
] as const

/**
 * Scores the candidates that passed the filters, for relevance order, doing as little BM25 as the
 * page needs. As Meilisearch's "attribute" rule does, a match in the title outranks any match only
 * in the summary, which outranks any match further down (BM25 alone lets a long text full of a word
 * beat a title with it once). Titles and summaries have full-text tables of their own, whose
 * doclists are short, so their matches and their BM25 come cheaply even for a word in half the
 * catalogue. BM25 over the whole text (the expensive part: one computation per matching case study)
 * runs only when the title and summary matches cannot fill the page asked for; candidates left
 * unscored then cannot reach the page, and keep score 0.
 */
export function scoreByRelevance(db: Database.Database, match: string, collected: Collected, wanted: number): void {
  // Candidate index by rowid, -1 for none: a typed array is several times faster than a Map here.
  let maxRowid = 0
  for (const rowid of collected.rowids) if (rowid > maxRowid) maxRowid = rowid
  const position = new Int32Array(maxRowid + 1).fill(-1)
  collected.rowids.forEach((rowid, index) => (position[rowid] = index))
  let scored = 0
  const score = (rows: [number, number][], tier: number) => {
    for (const [rowid, bm25] of rows) {
      const index = rowid < position.length ? position[rowid]! : -1
      if (index < 0 || collected.scores[index]! > 0) continue
      // bm25() is lower for better matches; negated, higher is better.
      collected.scores[index] = tier - bm25
      scored++
    }
  }
  for (const { table, tier } of TIER_TABLES) {
    score(
      db.prepare(`SELECT rowid, bm25(${table}) FROM ${table} WHERE ${table} MATCH ?`).raw().all(match) as [
        number,
        number,
      ][],
      tier,
    )
    if (scored >= wanted) return
  }
  const all = db
    .prepare(`SELECT rowid, bm25(words, ${FIELD_WEIGHTS.join(', ')}) FROM words WHERE words MATCH ?`)
    .raw()
    .all(match) as [number, number][]
  // Scores here stay below the tiers: +1 keeps every text match above "not scored".
  score(
    all.map(([rowid, bm25]) => [rowid, Math.max(bm25, -999)]),
    1,
  )
}
