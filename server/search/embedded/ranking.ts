import type { SortOrder } from '../searchTypes'
import { matchedByBits, type ConceptScores } from './conceptScores'
import type { FacetTable } from './facetTable'
import { proximityCost, withConceptBitsByTerm } from './proximity'
import type { Concept } from './queryPlan'
import type { TextIndex } from './textIndex'

/** How finely "how much of the query" is told apart: sixteenths of the query's summed rarity. */
const WORD_BUCKETS = 16
/** The best this many are ordered by proximity too (it reads their words); the rest without. */
const PROXIMITY_WINDOW = 100

type Compare = (a: number, b: number) => number

/**
 * Relevance, as a chain of rules like Meilisearch's: how much of the query a case study holds
 * (rarer words count more), then fewer typos, then its words closer together, then heavier fields,
 * then exact words before synonyms and joined or split forms; ties go newest first, then by id.
 */
// Reused by every search (searches run one at a time), grown as the catalogue grows.
let groupBuffer = new Int32Array(1 << 12)
let keyBuffer = new Float64Array(1 << 12)

export function relevanceKeys(scores: ConceptScores, concepts: Concept[], ordinals: Int32Array): RelevanceKeys {
  const total = concepts.reduce((sum, concept) => sum + (concept.alternatives.length ? concept.idf : 0), 0) || 1
  if (groupBuffer.length < ordinals.length) {
    groupBuffer = new Int32Array(ordinals.length * 2)
    keyBuffer = new Float64Array(ordinals.length * 2)
  }
  const groups = groupBuffer.subarray(0, ordinals.length)
  const matchedOf = matchedByBits(concepts)
  const keys = keyBuffer.subarray(0, ordinals.length)
  ordinals.forEach((d, at) => {
    const bucket = Math.floor((matchedOf(scores.bits[d]!) / total) * WORD_BUCKETS + 1e-9)
    groups[at] = bucket * 100 - Math.min(scores.typos[d]!, 99)
    keys[at] = groups[at] * 1e7 + scores.field[d]! * 100 - scores.inexact[d]!
  })
  return { groups, keys }
}

/** Per candidate: its words-and-typos group (higher is better), and that with field weight and exactness. */
export type RelevanceKeys = { groups: Int32Array; keys: Float64Array }

/** The ordinals of [offset, offset + limit) in the sort's order. */
export function pageOf(options: {
  ordinals: Int32Array
  sort: SortOrder
  offset: number
  limit: number
  facts: FacetTable
  relevance?: RelevanceKeys & { scores: ConceptScores; concepts: Concept[]; index: TextIndex }
}): number[] {
  const { ordinals, sort, offset, limit, facts, relevance } = options
  if (limit <= 0 || offset >= ordinals.length) return []
  const published = facts.publishedAt.data
  const tieBreak: Compare = (a, b) =>
    published[ordinals[b]!]! - published[ordinals[a]!]! ||
    compareIds(facts.ids[ordinals[a]!]!, facts.ids[ordinals[b]!]!)
  const compare = comparator(sort, ordinals, facts, tieBreak, relevance?.keys)
  const wanted = Math.min(ordinals.length, Math.max(offset + limit, relevance ? PROXIMITY_WINDOW : 0))
  const best = topIndexes(ordinals.length, wanted, compare)
  if (relevance && relevance.concepts.length > 1) reorderByProximity(best, ordinals, relevance, tieBreak)
  return best.slice(offset, offset + limit).map(at => ordinals[at]!)
}

function comparator(
  sort: SortOrder,
  ordinals: Int32Array,
  facts: FacetTable,
  tieBreak: Compare,
  keys: Float64Array | undefined,
): Compare {
  const by =
    (values: ArrayLike<number>): Compare =>
    (a, b) =>
      values[ordinals[b]!]! - values[ordinals[a]!]! || tieBreak(a, b)
  if (sort === 'relevance' && keys) return (a, b) => keys[b]! - keys[a]! || tieBreak(a, b)
  if (sort === 'adapted') return by(facts.adaptedCount.data)
  if (sort === 'updated') return by(facts.updatedAt.data)
  return tieBreak
}

/** Within the first PROXIMITY_WINDOW, proximity decides between case studies alike in words and typos. */
function reorderByProximity(
  best: number[],
  ordinals: Int32Array,
  { groups, keys, scores, concepts, index }: NonNullable<Parameters<typeof pageOf>[0]['relevance']>,
  tieBreak: Compare,
): void {
  const window = best.slice(0, PROXIMITY_WINDOW)
  const cost = new Map<number, number>()
  withConceptBitsByTerm(concepts, index.terms.length, termBits => {
    for (const at of window) {
      const d = ordinals[at]!
      cost.set(at, proximityCost(index, d, scores.bits[d]!, termBits, concepts.length))
    }
  })
  window.sort((a, b) => groups[b]! - groups[a]! || cost.get(a)! - cost.get(b)! || keys[b]! - keys[a]! || tieBreak(a, b))
  best.splice(0, window.length, ...window)
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The indexes 0..n-1 of the best `wanted` by `compare`, in order: a bounded binary heap, so a page
 * of 80,000 candidates costs one comparison for most of them rather than a full sort.
 */
function topIndexes(n: number, wanted: number, compare: Compare): number[] {
  if (wanted * 4 >= n)
    return Array.from({ length: n }, (_, at) => at)
      .sort(compare)
      .slice(0, wanted)
  // A heap whose root is the worst of the best so far.
  const heap: number[] = []
  const worse = (a: number, b: number) => compare(a, b) > 0
  const up = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1
      if (!worse(heap[at]!, heap[parent]!)) break
      ;[heap[at], heap[parent]] = [heap[parent]!, heap[at]!]
      at = parent
    }
  }
  const down = (at: number) => {
    for (;;) {
      const left = 2 * at + 1
      const right = left + 1
      let worst = at
      if (left < heap.length && worse(heap[left]!, heap[worst]!)) worst = left
      if (right < heap.length && worse(heap[right]!, heap[worst]!)) worst = right
      if (worst === at) return
      ;[heap[at], heap[worst]] = [heap[worst]!, heap[at]!]
      at = worst
    }
  }
  for (let at = 0; at < n; at++) {
    if (heap.length < wanted) {
      heap.push(at)
      up(heap.length - 1)
    } else if (compare(at, heap[0]!) < 0) {
      heap[0] = at
      down(0)
    }
  }
  return heap.sort(compare)
}
