import { GrowableInt32 } from './growable'

export const MAX_GAP = 0xffff

/**
 * One term's documents, in order. While documents are being added they grow as four-byte numbers;
 * once a load or rebuild is done they are packed as two-byte gaps from one document to the next
 * (the first kept apart), which halves the engine's largest arrays: in a catalogue of 100,000 most
 * gaps are small. A list with a gap too wide for two bytes stays as it is. Adding to a packed list
 * unpacks it until the next pack.
 */
export class PostingDocs {
  private growing: GrowableInt32 | undefined = new GrowableInt32(4)
  private gaps: Uint16Array | undefined
  private first = 0
  length = 0

  /** A finished list from its documents' gaps (the first gap 0, the first document apart), as pack() leaves it. */
  static packed(first: number, gaps: Uint16Array): PostingDocs {
    const docs = new PostingDocs()
    docs.growing = undefined
    docs.first = first
    docs.gaps = gaps
    docs.length = gaps.length
    return docs
  }

  /** A finished list whose gaps do not fit two bytes, from its documents in order. */
  static unpacked(ordinals: Int32Array): PostingDocs {
    const docs = new PostingDocs()
    docs.growing = new GrowableInt32(0)
    docs.growing.data = ordinals
    docs.growing.length = ordinals.length
    docs.length = ordinals.length
    return docs
  }

  push(ordinal: number): void {
    if (!this.growing) this.unpack()
    this.growing!.push(ordinal)
    this.length++
  }

  pack(): void {
    const growing = this.growing
    if (!growing) return
    const docs = growing.data
    for (let at = 1; at < this.length; at++) {
      if (docs[at]! - docs[at - 1]! > MAX_GAP) {
        growing.trim()
        return
      }
    }
    const gaps = new Uint16Array(this.length)
    for (let at = 1; at < this.length; at++) gaps[at] = docs[at]! - docs[at - 1]!
    this.first = this.length ? docs[0]! : 0
    this.gaps = gaps
    this.growing = undefined
  }

  /** The documents as numbers: the list itself while growing, else decoded into `scratch` (reused). */
  read(scratch: GrowableInt32): Int32Array {
    if (this.growing) return this.growing.data
    const gaps = this.gaps!
    if (scratch.data.length < this.length) scratch.data = new Int32Array(Math.max(this.length, scratch.data.length * 2))
    const out = scratch.data
    let ordinal = this.first
    for (let at = 0; at < this.length; at++) {
      ordinal += gaps[at]!
      out[at] = ordinal
    }
    return out
  }

  private unpack(): void {
    const growing = new GrowableInt32(Math.max(4, this.length * 2))
    const scratch = new GrowableInt32(this.length)
    const docs = this.read(scratch)
    for (let at = 0; at < this.length; at++) growing.push(docs[at]!)
    this.growing = growing
    this.gaps = undefined
  }
}
