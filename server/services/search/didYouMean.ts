import { analyseQuery, words } from '../../search/analyzer'
import type { SearchEngine } from '../../search/searchTypes'
import { typosAllowed } from '../../search/typos'
import { browse } from './searchRequests'

/**
 * "Did you mean": the query as typed with its misspelt words replaced by the closest words the
 * index holds as people write them (engine.suggest), offered only if it finds something. Search
 * already forgives the typos a word's length allows; this reaches further, so it keeps to words
 * search would correct at all (five letters or more, no digits): "ulez" or "2031" are words the
 * catalogue lacks, not misspellings, and are never "mended" into "use" or "2021".
 */
export function createDidYouMean(engine: SearchEngine) {
  /** How many case studies a text finds on its own, filters aside. */
  const countFor = async (text: string) =>
    (await engine.search({ ...browse(), query: analyseQuery(text), limit: 0 })).total

  /**
   * The words to mend: those the engine named as found only through a correction or not at all,
   * or else (an engine that cannot tell) the meaningful words that find nothing by themselves.
   */
  async function wordsToMend(text: string, misspelt: readonly string[] | undefined): Promise<string[]> {
    if (misspelt) return [...new Set(misspelt)].filter(word => typosAllowed(word) > 0)
    const query = analyseQuery(text)
    const written = query.written ?? query
    const meaningful = [...new Set([...written.terms, ...written.phrases.flat()])].filter(
      word => typosAllowed(word) > 0,
    )
    // Every word at once: on Meilisearch each count is a round trip.
    const counts = await Promise.all(meaningful.map(countFor))
    return meaningful.filter((_, at) => counts[at] === 0)
  }

  /** The text with each word in `mended` replaced, quoted phrases kept quoted. */
  function rewrite(text: string, mended: ReadonlyMap<string, string>): string {
    // Even-numbered parts are outside quotes, odd-numbered parts inside them (as analyseQuery reads them).
    return text
      .split(/["“”]/)
      .map((part, index) => {
        const rewritten = words(part).map(word => mended.get(word) ?? word)
        return index % 2 === 1 && rewritten.length > 1 ? `"${rewritten.join(' ')}"` : rewritten.join(' ')
      })
      .filter(Boolean)
      .join(' ')
  }

  /** A close spelling of `text` that finds something, or undefined. `misspelt` as the engine named them, if it can. */
  return async function suggestionFor(text: string, misspelt?: readonly string[]): Promise<string | undefined> {
    const toMend = await wordsToMend(text, misspelt)
    const corrections = await Promise.all(toMend.map(async word => (await engine.suggest(word))[0]))
    const mended = new Map<string, string>()
    toMend.forEach((word, at) => {
      const correction = corrections[at]
      if (correction && correction !== word) mended.set(word, correction)
    })
    if (mended.size === 0) return undefined
    const suggestion = rewrite(text, mended)
    return (await countFor(suggestion)) > 0 ? suggestion : undefined
  }
}
