import type { Concept } from './queryPlan'
import type { TextIndex } from './textIndex'

// Positions in different fields are this far apart, so no pair spans two fields.
const FIELD_SPAN = 1 << 20
const FAR = 8

// Term id → concept bits, for one query at a time (searches run one at a time): a typed array read
// per word of the documents proximity reads, rather than a Map lookup. Cleared after each query.
let termBitsScratch = new Uint32Array(0)

/**
 * Term id → the concepts (bits) whose single-word alternatives it satisfies, for the length of
 * `work` (which reads it through the function given).
 */
export function withConceptBitsByTerm<T>(concepts: Concept[], vocabulary: number, work: (bitsOf: Uint32Array) => T): T {
  if (termBitsScratch.length < vocabulary)
    termBitsScratch = new Uint32Array(Math.max(vocabulary, termBitsScratch.length * 2))
  const bits = termBitsScratch
  const ids: number[] = []
  concepts.forEach((concept, at) => {
    for (const alternative of concept.alternatives) {
      if (alternative.slots.length !== 1) continue
      for (const id of alternative.slots[0]!) {
        bits[id]! |= 1 << at
        ids.push(id)
      }
    }
  })
  try {
    return work(bits)
  } finally {
    for (const id of ids) bits[id] = 0
  }
}

/**
 * How far apart a document holds the query's words: for each pair of neighbouring concepts it holds
 * (in query order), the fewest words between them, 0 when side by side and at most 8; words in the
 * title or summary count as one nearer than anywhere else ("in title and summary above all").
 * Lower is better. Concepts held only through a phrase expansion have no single position and are
 * left out of the pairs.
 */
export function proximityCost(
  index: TextIndex,
  ordinal: number,
  held: number,
  termBits: Uint32Array,
  conceptCount: number,
): number {
  const positions: number[][] = Array.from({ length: conceptCount }, () => [])
  for (let field = 0; field < index.fieldCount; field++) {
    const tokens = index.fieldTokens(ordinal, field)
    for (let offset = 0; offset < tokens.length; offset++) {
      const bits = termBits[tokens[offset]!]! & held
      if (!bits) continue
      for (let at = 0; at < conceptCount; at++) if (bits & (1 << at)) positions[at]!.push(field * FIELD_SPAN + offset)
    }
  }
  let cost = 0
  let previous: number[] | undefined
  for (const list of positions) {
    if (list.length === 0) continue
    if (previous) cost += pairCost(previous, list)
    previous = list
  }
  return cost
}

/** The cheapest distance between two sorted position lists. */
function pairCost(a: number[], b: number[]): number {
  let best = FAR
  let i = 0
  let j = 0
  while (i < a.length && j < b.length && best > 0) {
    const x = a[i]!
    const y = b[j]!
    const distance = Math.abs(x - y)
    if (distance < FIELD_SPAN) {
      const fieldPenalty = Math.floor(Math.min(x, y) / FIELD_SPAN) >= 2 ? 1 : 0
      best = Math.min(best, Math.max(0, distance - 1) + fieldPenalty)
    }
    if (x < y) i++
    else j++
  }
  return best
}
