import type { TermRun, TextIndex } from './textIndex'

const ALL_FIELDS = 0xff

/**
 * Documents holding the slots side by side (each slot one of several term ids), with the heaviest
 * field they hold them in. Only the slot held by the fewest documents is read from the posting
 * lists; for each of its documents the pair filters (pairFilter.ts) say which fields may hold every
 * neighbouring pair of slots, and only those fields' terms are read in order to confirm. A phrase
 * of a common word and a very common one ("council housing") so costs the common word's list and
 * a read of the documents that hold the phrase, not the very common word's list of nearly every
 * document.
 */
export function phraseMatches(index: TextIndex, slots: number[][]): { ordinals: Int32Array; masks: Uint8Array } {
  const ordinals: number[] = []
  const masks: number[] = []
  if (slots.length === 0) return { ordinals: new Int32Array(0), masks: new Uint8Array(0) }
  const live = index.liveFlags
  const from = slotToRead(index, slots)
  const pivot = rarestSingleSlot(index, slots)
  // A slot of several terms (a quoted word with its corrections) may bring a document in twice.
  const several = slots[from]!.length > 1
  const { seen, marked } = scratchFor(index.size)
  for (const id of slots[from]!) {
    const { docs, masks: termMasks, length } = index.postings(id)
    for (let j = 0; j < length; j++) {
      const d = docs[j]!
      if (!live[d]) continue
      if (several) {
        if (seen[d]) continue
        seen[d] = 1
        marked.push(d)
      }
      // The heaviest field holding the phrase is all that scoring needs (conceptScores.ts), so the
      // first found, in field order, ends the search.
      const fields = fieldsMayHoldPairs(index, d, slots, several ? ALL_FIELDS : termMasks[j]!)
      for (let field = 0, wanted = fields; wanted; field++, wanted >>= 1) {
        if (wanted & 1 && holdsPhrase(index.fieldTokens(d, field), slots, pivot)) {
          ordinals.push(d)
          masks.push(1 << field)
          break
        }
      }
    }
  }
  for (const d of marked) seen[d] = 0
  marked.length = 0
  return { ordinals: Int32Array.from(ordinals), masks: Uint8Array.from(masks) }
}

/** Of the fields in `fields`, those whose pair filters allow every neighbouring pair of slots (any of their term ids). */
function fieldsMayHoldPairs(index: TextIndex, d: number, slots: number[][], fields: number): number {
  for (let at = 1; at < slots.length && fields; at++) {
    let holding = 0
    for (const a of slots[at - 1]!) for (const b of slots[at]!) holding |= index.fieldsMayHoldPair(d, a, b, fields)
    fields = holding
  }
  return fields
}

/** The slot whose terms together are held by the fewest documents: the one list read. */
function slotToRead(index: TextIndex, slots: number[][]): number {
  let best = 0
  let fewest = Infinity
  slots.forEach((slot, at) => {
    const frequency = slot.reduce((sum, id) => sum + index.frequency(id), 0)
    if (frequency < fewest) {
      fewest = frequency
      best = at
    }
  })
  return best
}

/** The slot of one term held by the fewest documents: where a phrase is looked for first in a field. */
function rarestSingleSlot(index: TextIndex, slots: number[][]): number {
  let best = -1
  let fewest = Infinity
  slots.forEach((slot, at) => {
    if (slot.length !== 1) return
    const frequency = index.frequency(slot[0]!)
    if (frequency < fewest) {
      fewest = frequency
      best = at
    }
  })
  return best
}

// Kept between calls (searches run one at a time) and cleaned through `marked`, so a phrase costs
// its posting list, not an array the size of the catalogue.
let scratch = { seen: new Uint8Array(0), marked: [] as number[] }
function scratchFor(size: number) {
  if (scratch.seen.length < size) {
    scratch = { seen: new Uint8Array(Math.max(size, scratch.seen.length * 2, 1024)), marked: [] }
  }
  return scratch
}

/**
 * Whether a field's tokens hold the slots side by side. With a `pivot` (a slot of one term, the
 * rarest), the typed array's own indexOf finds each place that term stands and the others are
 * checked around it; otherwise every position is tried.
 */
export function holdsPhrase(tokens: TermRun, slots: number[][], pivot = -1): boolean {
  const last = tokens.length - slots.length
  const first = slots[0]!
  if (pivot >= 0) {
    const id = slots[pivot]![0]!
    for (let found = tokens.indexOf(id, pivot); found >= 0; found = tokens.indexOf(id, found + 1)) {
      const at = found - pivot
      if (at > last) return false
      if (first.includes(tokens[at]!) && followedBy(tokens, at, slots)) return true
    }
    return false
  }
  for (let at = 0; at <= last; at++) {
    if (first.includes(tokens[at]!) && followedBy(tokens, at, slots)) return true
  }
  return false
}

/** Whether the slots after the first stand right after position `at`. */
function followedBy(tokens: TermRun, at: number, slots: number[][]): boolean {
  for (let offset = 1; offset < slots.length; offset++) {
    if (!slots[offset]!.includes(tokens[at + offset]!)) return false
  }
  return true
}
