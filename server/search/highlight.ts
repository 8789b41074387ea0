import { stemWord, words } from './analyzer'
import type { SearchDocument } from './searchTypes'
import { typoDistance, typosAllowed } from './typos'

/** A run of text, marked when it matched the query. Views escape the text and wrap marks in <mark>. */
export type Segment = { text: string; match: boolean }
export type Highlights = { title: Segment[]; snippet: Segment[] }

const SNIPPET_WORDS = 32
const LEAD_WORDS = 4
const SNIPPET_FIELDS = ['summary', 'whatTheyDid', 'problem', 'outcomes', 'lessons'] as const

// Each written word's analysis (folded and respelt, then stemmed), kept across pages: result pages
// repeat the same few thousand words, and analysing one costs a normalisation and five regular
// expressions. Bounded, like the stemmer's own cache.
const MAX_ANALYSED_WORDS = 50_000
const analysedWords = new Map<string, readonly [string, string] | null>()

function analyseWord(word: string): readonly [string, string] | null {
  let analysed = analysedWords.get(word)
  if (analysed === undefined) {
    const term = words(word)[0]
    analysed = term ? ([term, stemWord(term)] as const) : null
    if (analysedWords.size >= MAX_ANALYSED_WORDS) analysedWords.clear()
    analysedWords.set(word, analysed)
  }
  return analysed
}

/**
 * Decides which words of a text matched: a word matches when its stem is a query term, or is
 * within the typos that term allows. It runs on the stored text after either engine found the
 * document, so highlights look the same whichever engine answered.
 */
export function wordMatcher(queryTerms: string[]): (word: string) => boolean {
  const exact = new Set(queryTerms)
  const fuzzy = queryTerms.filter(term => typosAllowed(term) > 0)
  // A results page repeats the same words many times: each is analysed and compared once.
  const decided = new Map<string, boolean>()
  return word => {
    let match = decided.get(word)
    if (match === undefined) {
      match = matchesQuery(word)
      decided.set(word, match)
    }
    return match
  }
  function matchesQuery(word: string): boolean {
    const analysed = analyseWord(word)
    if (!analysed) return false
    const [term, stemmed] = analysed
    if (exact.has(stemmed)) return true
    // Typos are measured against the stem and against the word as written (see searchSpellings).
    return fuzzy.some(candidate => {
      const allowed = typosAllowed(candidate)
      return typoDistance(candidate, stemmed, allowed) <= allowed || typoDistance(candidate, term, allowed) <= allowed
    })
  }
}

// Splits text into words and the gaps between them, keeping every character.
const tokens = (text: string) => text.split(/([^\p{L}\p{N}'’]+)/u).filter(Boolean)
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** Where the word starting at `at` ends (`at` itself if none starts there): the same words as `tokens`, read without a regular expression per word. */
function endOfWord(text: string, at: number): number {
  let end = at
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (code < 128) {
      const ascii =
        (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39
      if (!ascii) break
      end++
    } else if (code === 0x2019) {
      end++
    } else {
      const point = text.codePointAt(end)!
      if (!LETTER_OR_DIGIT.test(String.fromCodePoint(point))) break
      end += point > 0xffff ? 2 : 1
    }
  }
  return end
}

function segmentsOf(parts: string[], matches: (word: string) => boolean): Segment[] {
  const segments: Segment[] = []
  for (const part of parts) {
    const match = /[\p{L}\p{N}]/u.test(part) && matches(part)
    const last = segments.at(-1)
    if (last && last.match === match) last.text += part
    else segments.push({ text: part, match })
  }
  return segments
}

type Window = { text: string; from: number; to: number; score: number }

/**
 * The run of SNIPPET_WORDS words in `text` holding the most matches (the first such run), as
 * character offsets. One pass that records where each word starts and ends and which words
 * matched, without splitting the whole field into strings: a results page reads 20 documents'
 * long fields, and only the window is ever shown.
 */
function bestWindow(text: string, matches: (word: string) => boolean): Window {
  const starts: number[] = []
  const ends: number[] = []
  const matched: number[] = []
  for (let at = 0; at < text.length;) {
    const wordEnd = endOfWord(text, at)
    if (wordEnd === at) {
      at += text.codePointAt(at)! > 0xffff ? 2 : 1
      continue
    }
    if (matches(text.slice(at, wordEnd))) matched.push(starts.length)
    starts.push(at)
    ends.push(wordEnd)
    at = wordEnd
  }
  let first = 0
  let score = 0
  let lastMatch = 0
  // Two pointers over the matched word numbers: the window starting at matched[low] holds every
  // match up to SNIPPET_WORDS words later.
  for (let low = 0, high = 0; low < matched.length; low++) {
    while (high < matched.length && matched[high]! < matched[low]! + SNIPPET_WORDS) high++
    if (high - low > score) [first, score, lastMatch] = [matched[low]!, high - low, matched[high - 1]!]
  }
  // A few words before the first match, where the window has room, so the snippet reads as a sentence.
  if (score > 0) first -= Math.min(LEAD_WORDS, first, SNIPPET_WORDS - 1 - (lastMatch - first))
  const last = Math.min(starts.length, first + SNIPPET_WORDS) - 1
  // Start a window that reaches the end earlier, so it shows a full SNIPPET_WORDS words.
  if (score > 0 && last === starts.length - 1) first = Math.max(0, starts.length - SNIPPET_WORDS)
  const from = first === 0 ? 0 : starts[first]!
  const to = last < 0 || last === starts.length - 1 ? text.length : ends[last]!
  return { text, from, to, score }
}

/**
 * The title with matches marked, and the window of about 32 words holding the most matches in the
 * first snippet field that matched. Pass
 * one `matches` for every hit of a page, so each distinct word is decided once.
 */
export function highlight(
  document: SearchDocument,
  queryTerms: string[],
  matches: (word: string) => boolean = wordMatcher(queryTerms),
): Highlights {
  const marks = queryTerms.length ? matches : () => false
  let best: Window | undefined
  for (const field of SNIPPET_FIELDS) {
    const here = bestWindow(document[field], marks)
    if (!best || here.score > best.score) best = here
    // Fields come in the order a reader wants them, so the first that matched gives the snippet:
    // reading on through the longer fields for a window with more matches costs more than it shows.
    if (best.score > 0) break
  }
  const snippet = best ? segmentsOf(tokens(best.text.slice(best.from, best.to)), marks) : []
  if (best && best.from > 0) snippet.unshift({ text: '… ', match: false })
  if (best && best.to < best.text.length) snippet.push({ text: ' …', match: false })
  return { title: segmentsOf(tokens(document.title), marks), snippet }
}
