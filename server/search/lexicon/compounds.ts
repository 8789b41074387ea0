// Compounds are written three ways, "wellbeing", "well-being" and "well being", and case studies
// use all three. The analyser splits words at hyphens, so "well-being" and "well being" already
// analyse alike (well, being); the joined form is a different word. These functions are a general
// rule, not a list, and need no knowledge of which compounds exist:
//
// At index time, each hyphenated word also indexes its joined form ("well-being" adds "wellbeing"),
// as an extra token in the same field (hyphenatedJoins). Only hyphenated words: a hyphen says the
// writer meant one word, while joining every pair of adjacent words would add a made-up token per
// word and swell the vocabulary that typo tolerance searches.
//
// At query time:
// - each pair of adjacent query words, spaced or hyphenated, also matches its joined form:
//   "well being" or "well-being" is the phrase "well being" OR wellbeing (compoundForms);
// - each query word that splits into two indexed words also matches them as a phrase:
//   "wellbeing" is wellbeing OR "well being" (compoundSplits, with the engine's vocabulary).
//
// Together: a joined query finds joined text directly, hyphenated text through its indexed joined
// form, and spaced text through the split phrase; a spaced or hyphenated query finds joined text
// through the joined form, and the other two through its own words. Both sides stem joined forms
// with the analyser, so "childminders" still meets "child-minder". One gap, by design: a stop word
// is never indexed, so "dropin" cannot find "drop in" written with a space (it does find
// "drop-in"), and a one-letter part ("escooter" against "e scooter") is not split, since splitting
// off single letters would make nearly every word a candidate. Hyphenated text needs its indexed
// joined form only for those compounds; the others it also reaches through the split phrase.

/** Hyphen-minus, hyphen and non-breaking hyphen join a compound; dashes do not ("2019–2020" is a range). */
const HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)+/gu

/** The shortest part a joined word is split into: "co" of "coproduction", not "e" of "escooter". */
export const MIN_COMPOUND_PART = 2

/**
 * Index time: the joined form of each hyphenated word in a text ("fly-tipping" -> "flytipping"),
 * in the analyser's lower-case, accent-folded form, so pass the analyser's `words`.
 */
export function hyphenatedJoins(text: string, toWords: (text: string) => string[]): string[] {
  const joins: string[] = []
  for (const [hyphenated] of text.matchAll(HYPHENATED)) {
    const parts = toWords(hyphenated)
    if (parts.length >= 2) joins.push(parts.join(''))
  }
  return joins
}

/**
 * Query time: the joined form of each pair of adjacent words ("health care" -> "healthcare").
 * Pass the analyser's `words` of the query, stop words kept, since "drop-in" joins to "dropin".
 */
export function compoundForms(words: string[]): string[] {
  const joined: string[] = []
  let previous: string | undefined
  for (const word of words) {
    if (previous !== undefined) joined.push(previous + word)
    previous = word
  }
  return joined
}

/**
 * Query time: every way a word splits into two parts the index holds ("healthcare" -> health,
 * care). isIndexed says whether a part, as written, analyses to a single indexed term (so stop
 * words, which are never indexed, are refused); each split becomes a phrase alternative.
 */
export function compoundSplits(
  word: string,
  isIndexed: (part: string) => boolean,
  minPart = MIN_COMPOUND_PART,
): [string, string][] {
  const splits: [string, string][] = []
  if (/\d/.test(word)) return splits
  for (let cut = minPart; cut <= word.length - minPart; cut++) {
    const head = word.slice(0, cut)
    const tail = word.slice(cut)
    if (isIndexed(head) && isIndexed(tail)) splits.push([head, tail])
  }
  return splits
}

/**
 * Compounds from council writing, [first part, second part], each written joined, hyphenated
 * and spaced in case studies; the unit test checks every form finds every other.
 */
export const TEST_COMPOUNDS: readonly (readonly [string, string])[] = [
  ['well', 'being'],
  ['health', 'care'],
  ['child', 'minder'],
  ['child', 'care'],
  ['fly', 'tipping'],
  ['co', 'production'],
  ['e', 'scooter'],
  ['road', 'works'],
  ['home', 'care'],
  ['after', 'care'],
  ['car', 'park'],
  ['work', 'force'],
  ['data', 'base'],
  ['on', 'line'],
  ['web', 'site'],
  ['web', 'chat'],
  ['walk', 'in'],
  ['drop', 'in'],
  ['step', 'down'],
  ['case', 'load'],
  ['work', 'place'],
  ['home', 'owner'],
  ['street', 'light'],
  ['foot', 'path'],
  ['cycle', 'way'],
  ['food', 'bank'],
  ['stair', 'lift'],
  ['house', 'bound'],
  ['post', 'code'],
  ['sign', 'posting'],
  ['play', 'ground'],
  ['green', 'space'],
  ['anti', 'social'],
  ['re', 'ablement'],
  ['pre', 'school'],
  ['post', 'natal'],
  ['multi', 'agency'],
  ['self', 'care'],
  ['day', 'care'],
  ['flood', 'plain'],
  ['cyber', 'bullying'],
  ['e', 'mail'],
]
