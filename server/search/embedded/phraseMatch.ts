import { FIELD_BREAK, type TextIndex } from './textIndex'

/**
 * Documents holding the slots side by side (each slot one of several term ids), with the fields
 * they hold them in. Candidates are the documents holding every slot somewhere, counted from the
 * posting lists; each is then confirmed by reading its terms in order (the forward index).
 */
export function phraseMatches(index: TextIndex, slots: number[][]): { ordinals: number[]; masks: number[] } {
  const ordinals: number[] = []
  const masks: number[] = []
  if (slots.length === 0) return { ordinals, masks }
  const live = index.liveFlags
  // seen[d] counts the leading slots document d holds, so each slot's terms count once per document.
  const seen = new Uint8Array(index.size)
  const candidates: number[] = []
  slots.forEach((slot, at) => {
    for (const id of slot) {
      const { docs, length } = index.postings(id)
      for (let j = 0; j < length; j++) {
        const d = docs[j]!
        if (!live[d] || seen[d] !== at) continue
        seen[d] = at + 1
        if (at === slots.length - 1) candidates.push(d)
      }
    }
  })
  for (const d of candidates) {
    const mask = phraseFields(index.tokensOf(d), slots)
    if (mask) {
      ordinals.push(d)
      masks.push(mask)
    }
  }
  return { ordinals, masks }
}

/** The fields (as a bit mask) in which the tokens hold the slots side by side; 0 for none. */
export function phraseFields(tokens: Int32Array, slots: number[][]): number {
  let mask = 0
  let field = 0
  const last = tokens.length - slots.length
  for (let at = 0; at <= last; at++) {
    const token = tokens[at]!
    if (token === FIELD_BREAK) {
      field++
      continue
    }
    if (!slots[0]!.includes(token)) continue
    let whole = true
    for (let offset = 1; offset < slots.length; offset++) {
      if (!slots[offset]!.includes(tokens[at + offset]!)) {
        whole = false
        break
      }
    }
    if (whole) mask |= 1 << field
  }
  return mask
}
