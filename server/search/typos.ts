// Typo tolerance, the same rule on both engines (Meilisearch's minWordSizeForTypos is set to match):
// a query term of 5 or more letters may differ from an indexed word by one typo, of 9 or more by two.
// A typo is one letter inserted, deleted, replaced, or two neighbouring letters swapped.
export const ONE_TYPO_FROM = 5
export const TWO_TYPOS_FROM = 9

export function typosAllowed(term: string): number {
  if (/\d/.test(term)) return 0
  if (term.length >= TWO_TYPOS_FROM) return 2
  if (term.length >= ONE_TYPO_FROM) return 1
  return 0
}

/**
 * Optimal-string-alignment distance between a and b, or max + 1 as soon as it must exceed max.
 * Allocation-free apart from three rows, because it runs over the whole vocabulary per query term.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const width = b.length + 1
  let beforePrevious = new Uint16Array(width)
  let previous = new Uint16Array(width)
  let current = new Uint16Array(width)
  for (let j = 0; j < width; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, beforePrevious[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[beforePrevious, previous, current] = [previous, current, beforePrevious]
  }
  return previous[b.length]!
}
