import type { Synonyms } from '../searchTypes'

/** Analysed synonym entry ("dog foul") → what a query holding it may also match, as term lists. */
export type SynonymIndex = { expansions: Map<string, string[][]>; longestEntry: number }

/**
 * Two-way groups expand each entry to every other entry of its group; a one-way expansion only from
 * its `from` entry ("homelessness" also finds "rough sleeping", never the reverse: a query about
 * rough sleeping must not match every case study about homelessness).
 */
export function synonymIndex({ groups, oneWay }: Synonyms): SynonymIndex {
  const found = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    if (from === to) return
    const set = found.get(from) ?? new Set<string>()
    set.add(to)
    found.set(from, set)
  }
  for (const group of groups) for (const from of group) for (const to of group) add(from, to)
  for (const { from, to } of oneWay) for (const entry of to) add(from, entry)
  const expansions = new Map<string, string[][]>()
  let longestEntry = 1
  for (const [from, to] of found) {
    expansions.set(
      from,
      [...to].map(entry => entry.split(' ')),
    )
    longestEntry = Math.max(longestEntry, from.split(' ').length)
  }
  return { expansions, longestEntry }
}
