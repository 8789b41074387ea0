// Typed arrays that grow by doubling, so appending a posting or a token costs amortised O(1)
// without the per-element overhead of a JavaScript array of numbers.

export class GrowableInt32 {
  data: Int32Array
  length = 0

  constructor(capacity = 8) {
    this.data = new Int32Array(capacity)
  }

  /** Gives back the room kept for growth, once nothing more is expected (after a load or rebuild). */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(1, this.length))
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }

  /** The used part, without copying. */
  view(): Int32Array {
    return this.data.subarray(0, this.length)
  }
}

export class GrowableUint8 {
  data: Uint8Array
  length = 0

  constructor(capacity = 8) {
    this.data = new Uint8Array(capacity)
  }

  /** Gives back the room kept for growth, once nothing more is expected (after a load or rebuild). */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(1, this.length))
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
}

export class GrowableFloat64 {
  data: Float64Array
  length = 0

  constructor(capacity = 8) {
    this.data = new Float64Array(capacity)
  }

  /** Gives back the room kept for growth, once nothing more is expected (after a load or rebuild). */
  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(1, this.length))
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
}

/**
 * Term ids, two bytes each while every id fits (a catalogue's vocabulary is usually well under
 * 65,536 words), four once one does not: the forward index is the engine's largest array.
 */
export class GrowableTermIds {
  data: Uint16Array | Uint32Array = new Uint16Array(1 << 16)
  length = 0

  push(value: number): void {
    if (value > 0xffff && this.data instanceof Uint16Array) this.data = Uint32Array.from(this.data)
    if (this.length === this.data.length) {
      const bigger =
        this.data instanceof Uint16Array ? new Uint16Array(this.length * 2) : new Uint32Array(this.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }

  trim(): void {
    if (this.data.length > this.length) this.data = this.data.slice(0, Math.max(1, this.length))
  }
}
