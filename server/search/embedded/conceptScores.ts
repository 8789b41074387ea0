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
 * Per document, what it holds of the query: which concepts (a bit each), their summed rarity, the
 * field weight of where it holds them, the typos and expansions it needed. Arrays are kept between
 * queries and only the touched entries are cleared, so a query costs what its posting lists cost,
 * not the size of the catalogue.
 */
export class ConceptScores {
  bits = new Uint32Array(0)
  matched = new Float64Array(0)
  field = new Float64Array(0)
  typos = new Uint8Array(0)
  inexact = new Uint8Array(0)
  touched: number[] = []

  private fit(size: number): void {
    if (this.bits.length >= size) return
    const capacity = Math.max(size, this.bits.length * 2, 1024)
    this.bits = new Uint32Array(capacity)
    this.matched = new Float64Array(capacity)
    this.field = new Float64Array(capacity)
    this.typos = new Uint8Array(capacity)
    this.inexact = new Uint8Array(capacity)
  }

  clear(): void {
    for (const d of this.touched) {
      this.bits[d] = 0
      this.matched[d] = 0
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
    const { idf } = concept
    const { typos, exact } = alternative
    const { bits, matched, field, touched } = this
    const typoCounts = this.typos
    const inexact = this.inexact
    // One loop for both kinds of alternative, written out: it runs once per posting.
    const visit = (docs: ArrayLike<number>, masks: ArrayLike<number>, length: number, live: Uint8Array | undefined) => {
      for (let j = 0; j < length; j++) {
        const d = docs[j]!
        if (live && !live[d]) continue
        const mask = masks[j]! & keepMask
        const held = bits[d]!
        if (!mask || held & bit || (onlyFound && held === 0)) continue
        if (held === 0) touched.push(d)
        bits[d] = held | bit
        matched[d]! += idf
        field[d]! += idf * BEST_WEIGHT[mask]!
        typoCounts[d]! += typos
        if (!exact) inexact[d]!++
      }
    }
    if (alternative.slots.length === 1) {
      for (const id of alternative.slots[0]!) {
        const { docs, masks, length } = index.postings(id)
        visit(docs, masks, length, index.liveFlags)
      }
      return
    }
    const { ordinals, masks } = phraseMatches(index, alternative.slots)
    visit(ordinals, masks, ordinals.length, undefined)
  }
}
