import type { AnalysedQuery } from '../searchTypes'
import type { Vocabulary } from './vocabulary'

/** Analysed synonym entry → the other entries of its group(s). */
export type SynonymIndex = { alternatives: Map<string, string[]>; longestEntry: number }

export function synonymIndex(groups: string[][]): SynonymIndex {
  const alternatives = new Map<string, string[]>()
  let longestEntry = 1
  for (const group of groups) {
    for (const entry of group) {
      const others = group.filter(other => other !== entry)
      alternatives.set(entry, [...new Set([...(alternatives.get(entry) ?? []), ...others])])
      longestEntry = Math.max(longestEntry, entry.split(' ').length)
    }
  }
  return { alternatives, longestEntry }
}

// Terms hold only letters and digits (analyzer.ts), so quoting each one is enough to keep FTS5
// from reading any of them as syntax; doubling quotes guards the rule anyway.
const quote = (text: string) => `"${text.replaceAll('"', '""')}"`
const anyOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`)

/**
 * The FTS5 MATCH expression for a query: every term (or a synonym of it, or a word within its
 * typos) must match, and every phrase must match as a phrase. A run of terms that is a synonym
 * entry ("special educ need") may instead match any other entry of its group ("send").
 */
export function matchExpression(query: AnalysedQuery, vocabulary: Vocabulary, synonyms: SynonymIndex): string {
  const termMatch = (term: string) => anyOf(vocabulary.alternatives(term).map(quote))
  const parts: string[] = []
  const { terms } = query
  for (let start = 0; start < terms.length;) {
    let matched = 0
    for (let length = Math.min(synonyms.longestEntry, terms.length - start); length >= 1; length--) {
      if (synonyms.alternatives.has(terms.slice(start, start + length).join(' '))) {
        matched = length
        break
      }
    }
    if (matched === 0) {
      parts.push(termMatch(terms[start]!))
      start += 1
      continue
    }
    const run = terms.slice(start, start + matched)
    const own = run.length === 1 ? termMatch(run[0]!) : `(${run.map(termMatch).join(' AND ')})`
    const others = synonyms.alternatives.get(run.join(' '))!.map(quote)
    parts.push(anyOf([own, ...others]))
    start += matched
  }
  for (const phrase of query.phrases) parts.push(quote(phrase.join(' ')))
  return parts.join(' AND ')
}
