import { GrowableInt32 } from './growable'

/** Bits kept per word pair a document holds, before rounding its filter up to a power of two words. */
const BITS_PER_PAIR = 4

/**
 * Per document, a Bloom filter of the word pairs each of its fields holds side by side: which
 * fields may hold "first service" is one memory read rather than a read of the document's words.
 * Phrases of common words find most of the catalogue holding both words in a field, and reading
 * each of those documents' words to confirm the pair cost up to 30 ms at 100,000; the filter lets
 * through the fields that hold the pair and about one in eight of the others, which are then read
 * as before. A pair's word is chosen by the pair alone and its two bits by the pair and the field,
 * so one read answers for every field. About 250 bytes a document of 320 words.
 */
export class PairFilter {
  private readonly words = new GrowableInt32(1 << 12)
  private readonly starts = new GrowableInt32()

  /** Adds the next document's filter from its fields' term ids, each field in order. */
  add(fields: ArrayLike<number>[]): void {
    let pairs = 0
    for (const ids of fields) pairs += Math.max(0, ids.length - 1)
    // A power of two words, so a pair's word is found by a mask rather than a division.
    let size = 1
    while (size * 32 < pairs * BITS_PER_PAIR) size *= 2
    const start = this.words.length
    this.starts.push(start)
    for (let at = 0; at < size; at++) this.words.push(0)
    const words = this.words.data
    for (const [field, ids] of fields.entries()) {
      for (let at = 1; at < ids.length; at++) {
        const hash = pairHash(ids[at - 1]!, ids[at]!)
        words[start + (hash & (size - 1))]! |= fieldBits(hash, field)
      }
    }
  }

  /** Of the fields in `fields` (a mask), those whose filter says they may hold term `a` right before term `b`. */
  fieldsHolding(ordinal: number, a: number, b: number, fields: number): number {
    const start = this.starts.data[ordinal]!
    const end = ordinal + 1 < this.starts.length ? this.starts.data[ordinal + 1]! : this.words.length
    const hash = pairHash(a, b)
    const word = this.words.data[start + (hash & (end - start - 1))]!
    let holding = 0
    for (let field = 0, rest = fields; rest; field++, rest >>= 1) {
      if (!(rest & 1)) continue
      const bits = fieldBits(hash, field)
      if ((word & bits) === bits) holding |= 1 << field
    }
    return holding
  }

  /** Gives back the room kept for growth, after a load or rebuild. */
  trim(): void {
    this.words.trim()
    this.starts.trim()
  }
}

/** Mixes two term ids into 32 bits, in order (murmur3's finaliser). */
function pairHash(a: number, b: number): number {
  let hash = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  return hash ^ (hash >>> 16)
}

/** Two bits of the pair's word, from the pair's hash and the field. */
function fieldBits(hash: number, field: number): number {
  const mixed = Math.imul(hash ^ Math.imul(field + 1, 0x7feb352d), 0x846ca68b)
  return (1 << ((mixed >>> 22) & 31)) | (1 << ((mixed >>> 27) & 31))
}
