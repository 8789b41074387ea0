import { GrowableInt32, GrowableTermIds, GrowableUint8 } from './growable'
import { PairFilter } from './pairFilter'
import { MAX_GAP, PostingDocs } from './postingDocs'
import { SurfaceWords } from './surfaceWords'

/** A run of a document's term ids in order: one field's, or the whole document's. */
export type TermRun = Uint16Array | Uint32Array

export type PostingList = { docs: Int32Array; masks: Uint8Array; length: number }

/**
 * The words of every indexed document, held in typed arrays: for each term, the documents that
 * hold it in order with a bit mask of the fields it is in (the inverted index, for finding); for
 * each document, its terms in order (the forward index, for phrases and proximity, field by field). Documents are
 * numbered in the order they were added (ordinals), so appending keeps every posting list sorted; a
 * replaced or removed document is marked dead and skipped until the owner rebuilds.
 */
export class TextIndex {
  /** Every document has this many fields (empty ones too), so field offsets sit at ordinal × count. */
  constructor(readonly fieldCount: number) {}

  private readonly termIds = new Map<string, number>()
  readonly terms: string[] = []
  private readonly postingDocs: PostingDocs[] = []
  // Packed posting lists are decoded here for reading, one list at a time (searches run one at a time).
  private readonly decoded = new GrowableInt32(1 << 12)
  private readonly postingMasks: GrowableUint8[] = []
  private readonly documentFrequency: number[] = []
  private readonly tokens = new GrowableTermIds()
  private readonly starts = new GrowableInt32()
  private readonly ends = new GrowableInt32()
  /** Where each field of each document starts in `tokens`: FIELD_COUNT entries per ordinal. */
  private readonly fieldStarts = new GrowableInt32()
  private readonly alive = new GrowableUint8()
  private readonly pairs = new PairFilter()
  readonly surface = new SurfaceWords()
  liveCount = 0
  deadCount = 0
  /** Between startBulk() and finishBulk(): documents are added without their posting lists. */
  private bulk = false

  get size(): number {
    return this.alive.length
  }

  isLive(ordinal: number): boolean {
    return this.alive.data[ordinal] === 1
  }

  get liveFlags(): Uint8Array {
    return this.alive.data
  }

  termId(term: string): number | undefined {
    return this.termIds.get(term)
  }

  /** Live documents holding the term. */
  frequency(termId: number): number {
    return this.documentFrequency[termId] ?? 0
  }

  /** A term's documents and field masks. The documents may be a shared buffer: read one list at a time. */
  postings(termId: number): PostingList {
    const docs = this.postingDocs[termId]!
    return { docs: docs.read(this.decoded), masks: this.postingMasks[termId]!.data, length: docs.length }
  }

  private intern(term: string): number {
    let id = this.termIds.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.termIds.set(term, id)
      this.terms.push(term)
      this.postingDocs.push(new PostingDocs())
      this.postingMasks.push(new GrowableUint8(4))
      this.documentFrequency.push(0)
      this.surface.add(term, id)
    }
    return id
  }

  /**
   * Adds a document: `fields` are its analysed texts (terms separated by spaces) in field order,
   * `written` maps words as people wrote them to their analysed terms (for typo tolerance).
   * Returns its ordinal.
   */
  add(fields: readonly string[], written: ReadonlyMap<string, string>): number {
    if (fields.length !== this.fieldCount)
      throw new Error(`A document needs ${this.fieldCount} fields, not ${fields.length}`)
    const ordinal = this.alive.length
    const masks = new Map<number, number>()
    this.starts.push(this.tokens.length)
    fields.forEach((text, field) => {
      this.fieldStarts.push(this.tokens.length)
      for (const term of text.split(' ')) {
        if (!term) continue
        const id = this.intern(term)
        this.tokens.push(id)
        if (!this.bulk) masks.set(id, (masks.get(id) ?? 0) | (1 << field))
      }
    })
    this.ends.push(this.tokens.length)
    this.pairs.add(Array.from({ length: this.fieldCount }, (_, field) => this.fieldTokens(ordinal, field)))
    for (const [id, mask] of masks) {
      this.postingDocs[id]!.push(ordinal)
      this.postingMasks[id]!.push(mask)
      this.documentFrequency[id]!++
    }
    for (const [word, term] of written) {
      const id = this.termIds.get(term)
      if (id !== undefined) this.surface.add(word, id)
    }
    this.alive.push(1)
    this.liveCount++
    return ordinal
  }

  remove(ordinal: number): void {
    if (!this.isLive(ordinal)) return
    this.alive.data[ordinal] = 0
    this.liveCount--
    this.deadCount++
    // In bulk, document frequencies are counted over the live documents at the end.
    if (this.bulk) return
    const seen = new Set<number>()
    for (let position = this.starts.data[ordinal]!; position < this.ends.data[ordinal]!; position++) {
      const id = this.tokens.data[position]!
      if (seen.has(id)) continue
      seen.add(id)
      this.documentFrequency[id]!--
    }
  }

  /**
   * From here until finishBulk(), documents are added without their posting lists, which are then
   * built from the forward index at their exact sizes: a load grows no list by doubling, whose
   * discarded copies the allocator would keep (about 80 MB of resident memory at 100,000).
   */
  startBulk(): void {
    if (this.size > 0) throw new Error('Bulk adding starts on an empty index')
    this.bulk = true
  }

  finishBulk(): void {
    if (!this.bulk) return
    this.bulk = false
    const tokens = this.tokens.data
    const fieldStarts = this.fieldStarts.data
    const ends = this.ends.data
    const alive = this.alive.data
    const termCount = this.terms.length
    // First pass: how many documents hold each term, and whether its gaps all fit two bytes.
    const lengths = new Int32Array(termCount)
    const last = new Int32Array(termCount).fill(-1)
    const wide = new Uint8Array(termCount)
    for (let ordinal = 0; ordinal < this.size; ordinal++) {
      for (let position = this.starts.data[ordinal]!; position < ends[ordinal]!; position++) {
        const id = tokens[position]!
        if (last[id] === ordinal) continue
        if (lengths[id]! > 0 && ordinal - last[id]! > MAX_GAP) wide[id] = 1
        last[id] = ordinal
        lengths[id]!++
        if (alive[ordinal]) this.documentFrequency[id]!++
      }
    }
    // Second pass: fill each list (as gaps, or as document numbers if a gap is too wide) and its field masks.
    const gaps = Array.from(lengths, (length, id) => (wide[id] ? undefined : new Uint16Array(length)))
    const wideDocs = Array.from(lengths, (length, id) => (wide[id] ? new Int32Array(length) : undefined))
    const masks = Array.from(lengths, length => new Uint8Array(length))
    const filled = new Int32Array(termCount)
    const first = new Int32Array(termCount)
    last.fill(-1)
    for (let ordinal = 0; ordinal < this.size; ordinal++) {
      for (let field = 0; field < this.fieldCount; field++) {
        const base = ordinal * this.fieldCount + field
        const end = field + 1 < this.fieldCount ? fieldStarts[base + 1]! : ends[ordinal]!
        for (let position = fieldStarts[base]!; position < end; position++) {
          const id = tokens[position]!
          if (last[id] === ordinal) {
            masks[id]![filled[id]! - 1]! |= 1 << field
            continue
          }
          const at = filled[id]!++
          if (at === 0) first[id] = ordinal
          else if (!wide[id]) gaps[id]![at] = ordinal - last[id]!
          if (wide[id]) wideDocs[id]![at] = ordinal
          masks[id]![at] = 1 << field
          last[id] = ordinal
        }
      }
    }
    for (let id = 0; id < termCount; id++) {
      this.postingDocs[id] = wide[id] ? PostingDocs.unpacked(wideDocs[id]!) : PostingDocs.packed(first[id]!, gaps[id]!)
      const list = new GrowableUint8(0)
      list.data = masks[id]!
      list.length = masks[id]!.length
      this.postingMasks[id] = list
    }
  }

  /** Gives back the room kept for growth: after a load or rebuild, a third or more of the arrays. */
  trim(): void {
    this.finishBulk()
    for (const docs of this.postingDocs) docs.pack()
    for (const masks of this.postingMasks) masks.trim()
    for (const array of [this.tokens, this.starts, this.ends, this.fieldStarts]) array.trim()
    this.alive.trim()
    this.pairs.trim()
  }

  /** Of the fields in `fields` (a mask), those that may hold term `a` right before term `b` (pairFilter.ts). */
  fieldsMayHoldPair(ordinal: number, a: number, b: number, fields: number): number {
    return this.pairs.fieldsHolding(ordinal, a, b, fields)
  }

  /** One field's term ids in order (a view, not a copy). */
  fieldTokens(ordinal: number, field: number): TermRun {
    const base = ordinal * this.fieldCount
    const start = this.fieldStarts.data[base + field]!
    const end = field + 1 < this.fieldCount ? this.fieldStarts.data[base + field + 1]! : this.ends.data[ordinal]!
    return this.tokens.data.subarray(start, end)
  }
}
