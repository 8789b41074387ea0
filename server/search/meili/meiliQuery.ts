import type { AnalysedQuery } from '../searchTypes'

/** Meilisearch reads only the first 10 words of a query (documented limit). */
export const MEILI_QUERY_WORDS = 10

const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * The query string Meilisearch gets, with `matchingStrategy: "last"`. Meilisearch keeps one word
 * mandatory and drops words from the end until something matches; the embedded engine requires no
 * single word and counts rarer words more. So the words go rarest first (by how many documents hold
 * each, `frequency`): what Meilisearch drops first is then what matters least, and the mandatory
 * word is the rarest one. Quoted phrases go first, quoted: Meilisearch requires them, as the
 * embedded engine does. Filler words were already dropped by the analyser.
 */
export function queryString(query: AnalysedQuery, frequency: (term: string) => number = () => 0): string {
  const phrases = query.phrases
    .map(phrase => words(phrase.join(' ')))
    .filter(Boolean)
    .map(phrase => `"${phrase}"`)
  const terms = [...new Set(query.terms.map(words).filter(Boolean))]
    .map((term, at) => ({ term, at, frequency: frequency(term) }))
    .sort((a, b) => a.frequency - b.frequency || a.at - b.at)
    .map(({ term }) => (term.includes(' ') ? `"${term}"` : term))
  return [...phrases, ...terms].slice(0, MEILI_QUERY_WORDS).join(' ')
}
