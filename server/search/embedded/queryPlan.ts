import { stemWord } from '../analyzer'
import { compoundSplits } from '../lexicon/compounds'
import type { AnalysedQuery } from '../searchTypes'
import { typosAllowed } from '../typos'
import type { SynonymIndex } from './synonymIndex'
import type { TextIndex } from './textIndex'

/**
 * One way a document can hold a concept: a sequence of slots, each slot the term ids that may stand
 * there (one slot is a single word; several, a phrase whose words stand next to each other).
 */
export type Alternative = {
  slots: number[][]
  typos: number
  /** From the words as typed (true), or from a synonym or compound (false): exact ranks first. */
  exact: boolean
  /** Whether it may match the category labels field: only a word as typed, never an expansion. */
  labels: boolean
}

/**
 * The query's concepts; its words (as written) that no document holds in any form; and those it
 * holds only through a correction (or not at all), which a "did you mean" would mend.
 */
export type QueryPlan = { concepts: Concept[]; unmatched: string[]; misspelt: string[] }

/** One meaningful word (or quoted phrase) of the query, and every way a document may hold it. */
export type Concept = {
  alternatives: Alternative[]
  idf: number
  /** Quoted phrases must match; no single word must. */
  required: boolean
  /** Words in more than this share of the catalogue count for ranking but cannot make a hit alone. */
  common: boolean
}

const COMMON_SHARE = 0.4
const MAX_CORRECTIONS = 4
// A joined word splits into two written words of at least this length ("child" + "minder").
const MIN_SPLIT_PART = 3

const idf = (documents: number, frequency: number) => Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))

/** The indexed term of a written word, if the index has it (and live documents hold it). */
function knownTerm(index: TextIndex, term: string): number | undefined {
  const id = index.termId(term)
  return id !== undefined && index.frequency(id) > 0 ? id : undefined
}

/** Term ids a written word matches exactly or within the typos its length allows. */
function slotFor(index: TextIndex, word: string, term: string): { ids: number[]; typos: number[] } {
  const exact = knownTerm(index, term)
  // A word the index holds as typed is taken as meant: "falls" is never widened to "fails".
  if (exact !== undefined) return { ids: [exact], typos: [0] }
  const allowed = typosAllowed(word)
  if (!allowed) return { ids: [], typos: [] }
  const ids: number[] = []
  const typos: number[] = []
  for (const correction of index.surface.corrections(word, allowed)) {
    if (ids.includes(correction.termId) || index.frequency(correction.termId) === 0) continue
    ids.push(correction.termId)
    typos.push(correction.typos)
    if (ids.length >= MAX_CORRECTIONS) break
  }
  return { ids, typos }
}

/** Term ids of an analysed entry, or undefined if any of its terms is not indexed (it cannot match). */
function entrySlots(index: TextIndex, terms: string[]): number[][] | undefined {
  const slots: number[][] = []
  for (const term of terms) {
    const id = knownTerm(index, term)
    if (id === undefined) return undefined
    slots.push([id])
  }
  return slots
}

/** "childminder" → "child" "minder", when the index holds both written words. */
function splitCompound(index: TextIndex, word: string): number[][] | undefined {
  for (const [left, right] of compoundSplits(word, part => index.surface.has(part), MIN_SPLIT_PART)) {
    const slots = entrySlots(index, [stemWord(left), stemWord(right)])
    if (slots) return slots
  }
  return undefined
}

/**
 * Turns an analysed query into concepts, each with the alternatives that satisfy it: the word as
 * typed; its corrections when the index does not hold it; synonyms and one-way expansions of any
 * run of words; the joined form of two neighbouring words ("well being" → "wellbeing") and the
 * split form of a joined one ("childminder" → "child minder").
 */
export function planQuery(query: AnalysedQuery, index: TextIndex, synonyms: SynonymIndex): QueryPlan {
  const terms = query.terms
  const written = query.written?.terms ?? terms
  const perWord: Alternative[][] = terms.map(() => [])

  terms.forEach((term, at) => {
    const word = written[at] ?? term
    const { ids, typos } = slotFor(index, word, term)
    ids.forEach((id, i) => perWord[at]!.push({ slots: [[id]], typos: typos[i]!, exact: true, labels: typos[i] === 0 }))
    if (word.length >= 2 * MIN_SPLIT_PART) {
      const split = splitCompound(index, word)
      if (split) perWord[at]!.push({ slots: split, typos: 0, exact: false, labels: true })
    }
    const next = written[at + 1]
    if (next !== undefined) {
      const joined = knownTerm(index, stemWord(word + next))
      if (joined !== undefined) {
        for (const covered of [at, at + 1])
          perWord[covered]!.push({ slots: [[joined]], typos: 0, exact: false, labels: true })
      }
    }
    for (let length = Math.min(synonyms.longestEntry, terms.length - at); length >= 1; length--) {
      const expansions = synonyms.expansions.get(terms.slice(at, at + length).join(' '))
      if (!expansions) continue
      for (const entry of expansions) {
        const slots = entrySlots(index, entry)
        if (!slots) continue
        for (let covered = at; covered < at + length; covered++) {
          perWord[covered]!.push({ slots, typos: 0, exact: false, labels: false })
        }
      }
    }
  })

  const documents = Math.max(1, index.liveCount)
  const concepts: Concept[] = []
  const unmatched: string[] = []
  const misspelt: string[] = []
  perWord.forEach((alternatives, at) => {
    const word = written[at] ?? terms[at]!
    if (alternatives.every(alternative => alternative.typos > 0)) misspelt.push(word)
    if (alternatives.length === 0) {
      unmatched.push(word)
      return
    }
    concepts.push(concept(index, documents, alternatives, false, knownTerm(index, terms[at]!)))
  })
  query.phrases.forEach((phrase, at) => {
    const phraseWritten = query.written?.phrases[at] ?? phrase
    const slots: number[][] = []
    let typos = 0
    for (const [i, term] of phrase.entries()) {
      const slot = slotFor(index, phraseWritten[i] ?? term, term)
      if (slot.ids.length === 0) {
        slots.length = 0
        break
      }
      slots.push(slot.ids)
      typos += Math.min(...slot.typos)
    }
    // A quoted phrase that nothing can match still must match: the query then finds nothing.
    const alternatives = slots.length ? [{ slots, typos, exact: true, labels: true }] : []
    concepts.push({ ...concept(index, documents, alternatives, true, undefined), required: true })
  })
  return { concepts, unmatched, misspelt }
}

function concept(
  index: TextIndex,
  documents: number,
  alternatives: Alternative[],
  required: boolean,
  exactTerm: number | undefined,
): Concept {
  // Exact alternatives first, then expansions, then corrections: a document takes the first it holds.
  alternatives.sort((a, b) => a.typos - b.typos || Number(b.exact) - Number(a.exact))
  const frequency =
    exactTerm !== undefined
      ? index.frequency(exactTerm)
      : Math.max(
          0,
          ...alternatives.map(alternative => Math.min(...alternative.slots[0]!.map(id => index.frequency(id)))),
        )
  return {
    alternatives,
    idf: idf(documents, frequency),
    required,
    common: frequency > COMMON_SHARE * documents,
  }
}
