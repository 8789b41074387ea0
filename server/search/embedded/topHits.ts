import type { SortOrder } from '../searchTypes'
import type { Collected, Row } from './rowState'

type Compare = (a: number, b: number) => number

/**
 * Orders candidates (indexes into `collected`) for a sort; ties fall back to newest first, then
 * the id, so every page of every engine run lists the same case studies in the same order.
 */
function comparator(sort: SortOrder, collected: Collected, rows: (Row | undefined)[]): Compare {
  const row = (index: number) => rows[collected.rowids[index]!]!
  const tieBreak: Compare = (a, b) =>
    row(b).publishedAt - row(a).publishedAt || (row(a).id < row(b).id ? -1 : row(a).id > row(b).id ? 1 : 0)
  switch (sort) {
    case 'relevance':
      return (a, b) => collected.scores[b]! - collected.scores[a]! || tieBreak(a, b)
    case 'adapted':
      return (a, b) => row(b).adaptedCount - row(a).adaptedCount || tieBreak(a, b)
    case 'updated':
      return (a, b) => row(b).updatedAt - row(a).updatedAt || tieBreak(a, b)
    case 'newest':
      return tieBreak
  }
}

/**
 * The rowids of candidates [offset, offset + limit) in sort order. Keeps only the best
 * offset + limit in a sorted window, so a 20-result page of 80,000 candidates costs one comparison
 * for most of them rather than a full sort.
 */
export function topHits(
  collected: Collected,
  rows: (Row | undefined)[],
  sort: SortOrder,
  offset: number,
  limit: number,
): number[] {
  const wanted = offset + limit
  const total = collected.rowids.length
  if (limit <= 0 || offset >= total) return []
  const compare = comparator(sort, collected, rows)
  let best: number[]
  if (wanted * 8 >= total) {
    best = Array.from({ length: total }, (_, index) => index).sort(compare)
  } else {
    best = []
    for (let index = 0; index < total; index++) {
      if (best.length === wanted && compare(index, best[wanted - 1]!) >= 0) continue
      let low = 0
      let high = best.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (compare(index, best[middle]!) < 0) high = middle
        else low = middle + 1
      }
      best.splice(low, 0, index)
      if (best.length > wanted) best.pop()
    }
  }
  return best.slice(offset, wanted).map(index => collected.rowids[index]!)
}
