import { typoDistance } from '../typos'

export type Correction = { word: string; termId: number; typos: number }

/**
 * Every word the index has seen as people wrote it (and every analysed term), with the term it
 * indexes as. Typos are measured here, against whole written words: "procuremnet" is one typo from
 * "procurement" but four from its stem "procur". Words are bucketed by first letter and length, so
 * a lookup reads a few hundred candidates, not the whole vocabulary; like Meilisearch, a typo on the
 * first letter is not looked for (except two first letters swapped), which keeps corrections sane.
 */
export class SurfaceWords {
  private readonly termOf = new Map<string, number>()
  private readonly buckets = new Map<string, string[]>()

  add(word: string, termId: number): void {
    if (this.termOf.has(word)) return
    this.termOf.set(word, termId)
    const key = bucketKey(word[0]!, word.length)
    const bucket = this.buckets.get(key)
    if (bucket) bucket.push(word)
    else this.buckets.set(key, [word])
  }

  has(word: string): boolean {
    return this.termOf.has(word)
  }

  /** Written words within `maxTypos` of the word (not the word itself), fewest typos first. */
  corrections(word: string, maxTypos: number): Correction[] {
    const found: Correction[] = []
    const firstLetters = new Set([word[0]!, word[1] ?? word[0]!])
    for (const first of firstLetters) {
      for (let length = word.length - maxTypos; length <= word.length + maxTypos; length++) {
        for (const candidate of this.buckets.get(bucketKey(first, length)) ?? []) {
          if (candidate === word) continue
          if (first !== word[0] && !(candidate[0] === word[1] && candidate[1] === word[0])) continue
          const typos = typoDistance(word, candidate, maxTypos)
          if (typos <= maxTypos) found.push({ word: candidate, termId: this.termOf.get(candidate)!, typos })
        }
      }
    }
    return found.sort((a, b) => a.typos - b.typos || (a.word < b.word ? -1 : 1))
  }
}

const bucketKey = (first: string, length: number) => `${first}${length}`
