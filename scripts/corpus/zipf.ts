import type { Random } from '../../server/demo/random'

export type Draw<T> = (random: Random) => T

/** Draws items with probability proportional to their weights. */
export function weightedSampler<T>(items: readonly T[], weights: readonly number[]): Draw<T> {
  if (items.length === 0 || items.length !== weights.length) throw new Error('a sampler needs one weight per item')
  const cumulative = new Float64Array(items.length)
  let total = 0
  weights.forEach((weight, index) => {
    total += weight
    cumulative[index] = total
  })
  return random => {
    const target = random.next() * total
    let low = 0
    let high = items.length - 1
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((cumulative[middle] as number) <= target) low = middle + 1
      else high = middle
    }
    return items[low] as T
  }
}

/**
 * Draws items with probability proportional to 1 / rank^exponent, the list's order being the rank
 * order (Zipf's law): with exponent 1, the first item is drawn twice as often as the second and a
 * hundred times as often as the hundredth, as words are in natural text.
 */
export const zipfSampler = <T>(items: readonly T[], exponent = 1): Draw<T> =>
  weightedSampler(
    items,
    items.map((_, index) => 1 / (index + 1) ** exponent),
  )

/**
 * `count` different items, each drawn by its sampler's odds (so common ones usually make it). If
 * the draws keep repeating, the first unchosen of `fallback` make up the number.
 */
export function drawDistinct<T>(draw: Draw<T>, random: Random, count: number, fallback: readonly T[] = []): T[] {
  // An array, not a Set: for a handful of items it is faster, and this runs millions of times.
  const chosen: T[] = []
  for (let attempt = 0; chosen.length < count && attempt < count * 10; attempt++) {
    const item = draw(random)
    if (!chosen.includes(item)) chosen.push(item)
  }
  for (const item of fallback) if (chosen.length < count && !chosen.includes(item)) chosen.push(item)
  return chosen
}
