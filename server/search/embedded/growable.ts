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
