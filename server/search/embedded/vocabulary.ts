import { typoDistance, typosAllowed } from '../typos'

/** Most alternatives one query term may expand to, keeping the engine's query small. */
const MAX_CANDIDATES = 12
const MAX_CACHED = 5_000

/**
 * The indexed words with their document frequencies, bucketed by length. FTS5 has no typo
 * tolerance, so the engine adds it here: a query term also matches every indexed word within the
 * typos its length allows (typos.ts). Words of removed documents stay until the next rebuild; they
 * only ever expand a query to a word that matches nothing.
 */
export class Vocabulary {
  private readonly frequency = new Map<string, number>()
  private readonly byLength = new Map<number, string[]>()
  private readonly cache = new Map<string, string[]>()

  add(word: string, documents = 1): void {
    const known = this.frequency.get(word)
    this.frequency.set(word, (known ?? 0) + documents)
    if (known === undefined) {
      const bucket = this.byLength.get(word.length)
      if (bucket) bucket.push(word)
      else this.byLength.set(word.length, [word])
      this.cache.clear()
    }
  }

  clear(): void {
    this.frequency.clear()
    this.byLength.clear()
    this.cache.clear()
  }

  get size(): number {
    return this.frequency.size
  }

  /** Indexed words within `maxTypos` of the term (itself included if indexed), most frequent first. */
  near(term: string, maxTypos: number): string[] {
    const found: string[] = []
    for (let length = term.length - maxTypos; length <= term.length + maxTypos; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        if (typoDistance(term, word, maxTypos) <= maxTypos) found.push(word)
      }
    }
    return found.sort((a, b) => (this.frequency.get(b) ?? 0) - (this.frequency.get(a) ?? 0) || a.localeCompare(b))
  }

  /** Indexed words other than the term within `maxTypos`, fewest typos first, then most frequent. */
  closest(term: string, maxTypos: number): string[] {
    const distance = new Map(this.near(term, maxTypos).map(word => [word, typoDistance(term, word, maxTypos)]))
    distance.delete(term)
    return [...distance.keys()].sort(
      (a, b) => distance.get(a)! - distance.get(b)! || (this.frequency.get(b) ?? 0) - (this.frequency.get(a) ?? 0),
    )
  }

  /** What a query term matches: itself, and indexed words within the typos its length allows. */
  alternatives(term: string): string[] {
    const cached = this.cache.get(term)
    if (cached) return cached
    const allowed = typosAllowed(term)
    const near = allowed ? this.near(term, allowed).filter(word => word !== term) : []
    const result = [term, ...near.slice(0, MAX_CANDIDATES - 1)]
    if (this.cache.size >= MAX_CACHED) this.cache.clear()
    this.cache.set(term, result)
    return result
  }

  has(word: string): boolean {
    return this.frequency.has(word)
  }
}
