import { stemWord, words } from './analyzer'
import type { SearchDocument } from './searchTypes'
import { typoDistance, typosAllowed } from './typos'

/** A run of text, marked when it matched the query. Views escape the text and wrap marks in <mark>. */
export type Segment = { text: string; match: boolean }
export type Highlights = { title: Segment[]; snippet: Segment[] }

const SNIPPET_WORDS = 32
const SNIPPET_FIELDS = ['summary', 'whatTheyDid', 'problem', 'outcomes', 'lessons'] as const

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
    const term = words(word)[0]
    if (!term) return false
    const stemmed = stemWord(term)
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

/**
 * The title with matches marked, and the window of about 32 words holding the most matches. Pass
 * one `matches` for every hit of a page, so each distinct word is decided once.
 */
export function highlight(
  document: SearchDocument,
  queryTerms: string[],
  matches: (word: string) => boolean = wordMatcher(queryTerms),
): Highlights {
  let best: { parts: string[]; start: number; end: number; score: number } | undefined
  for (const field of SNIPPET_FIELDS) {
    const parts = tokens(document[field])
    const isMatch = parts.map(part => /[\p{L}\p{N}]/u.test(part) && queryTerms.length > 0 && matches(part))
    // Slide a window of SNIPPET_WORDS words (twice as many tokens, counting gaps) over the field.
    const width = SNIPPET_WORDS * 2
    let score = isMatch.slice(0, width).filter(Boolean).length
    let bestHere = { start: 0, score }
    for (let start = 1; start + width <= parts.length; start++) {
      score += (isMatch[start + width - 1] ? 1 : 0) - (isMatch[start - 1] ? 1 : 0)
      if (score > bestHere.score) bestHere = { start, score }
    }
    if (!best || bestHere.score > best.score) {
      best = {
        parts,
        start: bestHere.start,
        end: Math.min(parts.length, bestHere.start + width),
        score: bestHere.score,
      }
    }
    if (best.score > 0 && field === 'summary') break
  }
  const snippetParts = best ? best.parts.slice(best.start, best.end) : []
  const snippet = segmentsOf(snippetParts, queryTerms.length ? matches : () => false)
  if (best && best.start > 0) snippet.unshift({ text: '… ', match: false })
  if (best && best.end < best.parts.length) snippet.push({ text: ' …', match: false })
  return {
    title: segmentsOf(tokens(document.title), queryTerms.length ? matches : () => false),
    snippet,
  }
}
