import stem from 'wink-porter2-stemmer'
import { analysedKey, britishSpelling } from './lexicon/derivedForms'
import type { AnalysedQuery } from './searchTypes'

// Both engines index and query text analysed here, by the same code: lower case, accents folded,
// American spellings made British, English stop words dropped, every word reduced to its Porter2
// stem and then to its family's (lexicon/derivedForms.ts: "decision" and "decide" share one key).
// So "housing" and "houses" both become "hous" on either engine, and Meilisearch (which does not
// stem) behaves like the embedded engine. Bump ANALYZER_VERSION whenever this changes what a text becomes: the embedded
// index rebuilds itself when its version differs, and `npm run reindex` rebuilds Meilisearch.
export const ANALYZER_VERSION = 3

/** Words too common to help find anything; the query "help with housing" needs only "help" and "housing". */
const STOP_WORDS = new Set(
  `a an and are as at be been but by for from had has have he her his i if in into is it its of on or our
  she so than that the their them then there these they this those to was we were what when which who will
  with would you your`.split(/\s+/),
)

/** The most words one query uses; the rest are ignored (and the page says so). */
export const MAX_QUERY_TERMS = 16
/** Longer input is cut here before analysis, so a 10 KB query costs no more than a long sentence. */
export const MAX_QUERY_CHARS = 400

const stems = new Map<string, string>()
const MAX_CACHED_STEMS = 200_000

/** The stem of a lower-case word. Words with digits (s106, 2024) and short words (asc, uc) stay as they are. */
export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  let stemmed = stems.get(word)
  if (stemmed === undefined) {
    stemmed = analysedKey(word, stem)
    if (stems.size >= MAX_CACHED_STEMS) stems.clear()
    stems.set(word, stemmed)
  }
  return stemmed
}

/**
 * Lower-case words of a text, accents folded, possessive 's dropped, American spellings made
 * British ("organization" is indexed and searched as "organisation"); no stemming, stop words kept.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s\b/g, '')
    .replace(/['’‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(britishSpelling)
}

/** The analysed terms of a text: words without stop words, stemmed. */
export function terms(text: string): string[] {
  const result: string[] = []
  for (const word of words(text)) if (!STOP_WORDS.has(word)) result.push(stemWord(word))
  return result
}

/** Each distinct word of the texts, as written, whose stem differs from it: the spellings field. */
export function spellings(...texts: string[]): string {
  const found = new Set<string>()
  for (const text of texts) {
    for (const word of words(text)) if (!STOP_WORDS.has(word) && stemWord(word) !== word) found.add(word)
  }
  return [...found].join(' ')
}

/** A text as the engines index it: its analysed terms separated by spaces. */
export const analyseText = (...texts: string[]): string =>
  texts
    .map(text => terms(text).join(' '))
    .join(' ')
    .trim()

/**
 * Words that shape a question but say nothing about what is wanted: "how do councils help...",
 * "is there anything on...", "what works for...", "ideas for...", "ways of tackling...".
 * Dropped from queries (never from documents), so no question word is ever needed to match. Words
 * that can carry meaning in council wording ("need", "help", "support", "work", "best" of Best
 * Value, "good" of Good Growth) are not here:
 * ranking weighs them by how rare they are.
 */
const QUERY_FILLER = new Set(
  `how why what where when which who whom whose can could would should shall might must may do does did doing
  done am any anyone anybody anything someone somebody something anywhere ideas idea examples example ways way
  tips got get getting know tell find finding looking look want wanted please us me my councils else other others
  already tackle tackles tackled tackling`.split(/\s+/),
)

/**
 * A query as people type it: words, and "quoted phrases". Engine syntax (*, -, OR, NEAR, colons,
 * brackets) has no meaning here: it is punctuation, so no input can change how engines parse it.
 * Each analysed term keeps the word as written beside it, so typos are measured against what
 * people typed rather than its stem.
 */
export function analyseQuery(text: string): AnalysedQuery & { truncated: boolean } {
  const input = text.slice(0, MAX_QUERY_CHARS)
  const query = {
    terms: [] as string[],
    phrases: [] as string[][],
    written: { terms: [] as string[], phrases: [] as string[][] },
  }
  let used = 0
  let truncated = text.length > MAX_QUERY_CHARS
  // Even-numbered parts are outside quotes, odd-numbered parts inside them.
  input.split(/["“”]/).forEach((part, index) => {
    const quoted = index % 2 === 1
    const kept = words(part).filter(word => !STOP_WORDS.has(word) && (quoted || !QUERY_FILLER.has(word)))
    const room = MAX_QUERY_TERMS - used
    if (kept.length > room) truncated = true
    const written = kept.slice(0, Math.max(0, room))
    used += written.length
    const analysed = written.map(stemWord)
    if (quoted && written.length > 1) {
      query.phrases.push(analysed)
      query.written.phrases.push(written)
    } else {
      query.terms.push(...analysed)
      query.written.terms.push(...written)
    }
  })
  return { ...query, truncated }
}

export const isEmptyQuery = (query: AnalysedQuery) => query.terms.length === 0 && query.phrases.length === 0
