import type { TermRun, TextIndex } from './textIndex'

/**
 * Documents holding the slots side by side (each slot one of several term ids), with the fields
 * they hold them in. Candidates are the documents holding every slot within one field, found from
 * the posting lists and their field masks; each is then confirmed by reading only those fields'
 * terms in order (the forward index).
 */
export function phraseMatches(index: TextIndex, slots: number[][]): { ordinals: number[]; masks: number[] } {
  const ordinals: number[] = []
  const masks: number[] = []
  if (slots.length === 0) return { ordinals, masks }
  const live = index.liveFlags
  // seen[d]: how many leading slots document d holds; fields[d]: the fields holding all of them.
  const { seen, fields, marked } = scratchFor(index.size)
  const candidates: number[] = []
  slots.forEach((slot, at) => {
    for (const id of slot) {
      const { docs, masks: termMasks, length } = index.postings(id)
      for (let j = 0; j < length; j++) {
        const d = docs[j]!
        if (!live[d]) continue
        if (seen[d] === at) {
          if (at === 0) marked.push(d)
          seen[d] = at + 1
          fields[d] = at === 0 ? termMasks[j]! : fields[d]! & slotMaskOf(index, slot, d, termMasks[j]!)
          if (at === slots.length - 1 && fields[d]) candidates.push(d)
        }
      }
    }
  })
  for (const d of marked) seen[d] = 0
  marked.length = 0
  const pivot = rarestSlot(index, slots)
  for (const d of candidates) {
    // The heaviest field holding the phrase is all that scoring needs (conceptScores.ts), so the
    // first found, in field order, ends the search.
    for (let field = 0, wanted = fields[d]!; wanted; field++, wanted >>= 1) {
      if (wanted & 1 && holdsPhrase(index.fieldTokens(d, field), slots, pivot)) {
        ordinals.push(d)
        masks.push(1 << field)
        break
      }
    }
  }
  return { ordinals, masks }
}

/** The slot of one term held by the fewest documents: where a phrase is looked for first. */
function rarestSlot(index: TextIndex, slots: number[][]): number {
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
// its posting lists, not two arrays the size of the catalogue.
let scratch = { seen: new Uint8Array(0), fields: new Uint8Array(0), marked: [] as number[] }
function scratchFor(size: number) {
  if (scratch.seen.length < size) {
    const capacity = Math.max(size, scratch.seen.length * 2, 1024)
    scratch = { seen: new Uint8Array(capacity), fields: new Uint8Array(capacity), marked: [] }
  }
  return scratch
}

/**
 * The fields a slot is held in: the mask of the term that brought the document in, widened by the
 * slot's other terms only when it has several (a quoted word with its corrections), which is rare.
 */
function slotMaskOf(index: TextIndex, slot: number[], d: number, first: number): number {
  if (slot.length === 1) return first
  let mask = 0
  for (const id of slot) mask |= index.maskOf(id, d)
  return mask
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
