import { phraseMatches } from './phraseMatch'
import type { Alternative, Concept } from './queryPlan'
import type { TextIndex } from './textIndex'

/** Field weights in INDEXED_FIELDS order: title, summary, tags, practice, context, results, labels. */
const FIELD_WEIGHTS = [10, 6, 4, 2.5, 1.5, 1, 0.3]
const LABELS_BIT = 1 << 6
/** The weight of the heaviest field in a mask. */
const BEST_WEIGHT = Float64Array.from({ length: 128 }, (_, mask) =>
  Math.max(0, ...FIELD_WEIGHTS.filter((_, field) => mask & (1 << field))),
)

/**
 * Per document, what it holds of the query: which concepts (a bit each; their summed rarity is
 * matchedOf()), the field weight of where it holds them, the typos and expansions it needed. Arrays are kept between
 * queries and only the touched entries are cleared, so a query costs what its posting lists cost,
 * not the size of the catalogue.
 */
export class ConceptScores {
  bits = new Uint32Array(0)
  field = new Float64Array(0)
  typos = new Uint8Array(0)
  inexact = new Uint8Array(0)
  touched: number[] = []
  /** The current query's phrases found so far, by their slots. */
  private readonly phrases = new Map<string, ReturnType<typeof phraseMatches>>()

  private fit(size: number): void {
    if (this.bits.length >= size) return
    const capacity = Math.max(size, this.bits.length * 2, 1024)
    this.bits = new Uint32Array(capacity)
    this.field = new Float64Array(capacity)
    this.typos = new Uint8Array(capacity)
    this.inexact = new Uint8Array(capacity)
  }

  clear(): void {
    for (const d of this.touched) {
      this.bits[d] = 0
      this.field[d] = 0
      this.typos[d] = 0
      this.inexact[d] = 0
    }
    this.touched = []
  }

  /**
   * Scores every live document holding any concept that can make it a hit. Call clear() once the
   * results are read. Very common concepts cannot make a hit on their own (queryPlan.ts), so when
   * the query has others they go last and only add to documents the others found: their long
   * posting lists are read, but no document enters the results through them alone.
   */
  score(index: TextIndex, concepts: Concept[]): void {
    this.fit(index.size)
    this.phrases.clear()
    const decisive = concepts.some(concept => !concept.common)
    const order = concepts.map((concept, at) => ({ concept, at }))
    order.sort((a, b) => Number(a.concept.common) - Number(b.concept.common) || a.at - b.at)
    for (const { concept, at } of order) {
      const onlyFound = decisive && concept.common && !concept.required
      for (const alternative of concept.alternatives) this.apply(index, concept, 1 << at, alternative, onlyFound)
    }
  }

  private apply(index: TextIndex, concept: Concept, bit: number, alternative: Alternative, onlyFound: boolean): void {
    const keepMask = alternative.labels ? 0x7f : 0x7f & ~LABELS_BIT
    const add = {
      bit,
      idf: concept.idf,
      typos: alternative.typos,
      inexact: alternative.exact ? 0 : 1,
      keepMask,
      onlyFound,
    }
    if (alternative.slots.length === 1) {
      // With no replaced or removed documents, every posting is live and the check is skipped.
      const live = index.deadCount > 0 ? index.liveFlags : undefined
      for (const id of alternative.slots[0]!) {
        const { docs, masks, length } = index.postings(id)
        this.visit(docs, masks, length, live, add)
      }
      return
    }
    // A phrase expanded from a run of words stands in each of their concepts: it is found once.
    const key = alternative.slots.map(slot => slot.join('|')).join(' ')
    let found = this.phrases.get(key)
    if (!found) {
      found = phraseMatches(index, alternative.slots)
      this.phrases.set(key, found)
    }
    this.visit(found.ordinals, found.masks, found.ordinals.length, undefined, add)
  }

  /** Adds one alternative's documents: it runs once per posting, so it reads and writes as little as it can. */
  private visit(
    docs: Int32Array,
    masks: Uint8Array,
    length: number,
    live: Uint8Array | undefined,
    { bit, idf, typos, inexact, keepMask, onlyFound }: Addition,
  ): void {
    const { bits, field, touched } = this
    for (let j = 0; j < length; j++) {
      const d = docs[j]!
      if (live && !live[d]) continue
      const mask = masks[j]! & keepMask
      const held = bits[d]!
      if (!mask || held & bit || (onlyFound && held === 0)) continue
      if (held === 0) touched.push(d)
      bits[d] = held | bit
      field[d]! += idf * BEST_WEIGHT[mask]!
      if (typos) this.typos[d]! += typos
      if (inexact) this.inexact[d]!++
    }
  }
}

type Addition = { bit: number; idf: number; typos: number; inexact: number; keepMask: number; onlyFound: boolean }

/**
 * Each document's summed rarity of the concepts it holds, from its bits: a table by bits when the
 * query has few enough concepts (most have under a dozen), so a candidate costs one read.
 */
export function matchedByBits(concepts: Concept[]): (held: number) => number {
  const sumOf = (held: number) => {
    let sum = 0
    for (let at = 0; held; at++, held >>>= 1) if (held & 1) sum += concepts[at]!.idf
    return sum
  }
  if (concepts.length > TABLED_CONCEPTS) return sumOf
  const table = Float64Array.from({ length: 1 << concepts.length }, (_, held) => sumOf(held))
  return held => table[held]!
}

const TABLED_CONCEPTS = 12
