// Deterministic identifiers: the same seed and position always give the same id, and no two
// positions (or seeds) give the same one.

/** MurmurHash3's finaliser: a bijection on 32-bit integers that scatters neighbouring inputs. */
export function scramble(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The random-number seed for the case study at `index` of the corpus with this seed. */
export const itemSeed = (seed: number, index: number) => scramble(scramble(seed) ^ scramble(index + 0x9e3779b9))

const hex8 = (value: number) => (value >>> 0).toString(16).padStart(8, '0')

/**
 * A 24-hex ObjectId string: first publication time in seconds (as a real ObjectId starts), then the
 * scrambled seed, then the scrambled index. Both scrambles are bijections, so ids are unique for
 * each (seed, index) whatever the times.
 */
export function corpusObjectId(seed: number, index: number, firstPublishedAt: Date): string {
  return (
    hex8(Math.floor(firstPublishedAt.getTime() / 1000)) + hex8(scramble(seed)) + hex8(scramble(index ^ scramble(seed)))
  )
}
