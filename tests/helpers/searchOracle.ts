import { isEmptyQuery, stemWord } from '../../server/search/analyzer'
import {
  FACETS,
  emptyFacetCounts,
  type FacetCounts,
  type SearchDocument,
  type SearchRequest,
  type Synonyms,
} from '../../server/search/searchTypes'
import { INDEXED_FIELDS } from '../../server/search/embedded/memoryIndex'
import { compoundSplits } from '../../server/search/lexicon/compounds'
import { typoDistance, typosAllowed } from '../../server/search/typos'

// What the embedded engine must answer, worked out the slow, obvious way: every document checked
// against the written rules in plain loops. The rules (README, "How search matches"):
// - a query's words are each a concept; a quoted phrase is a concept that must match;
// - a document holds a concept through the word as typed; or, only when no document holds that
//   word, through its closest spellings (up to 4, within the typos the typed word allows, never a
//   different first letter unless the first two are swapped); through the joined form of two
//   neighbouring words or the first split of a joined one into two written words side by side; or
//   through a synonym or one-way expansion;
// - the category labels field answers only the word as typed (or its joined or split form);
// - a hit holds every required concept and at least one concept not held by more than 40% of the
//   documents (when every concept is that common, any concept).

const FIELDS = INDEXED_FIELDS
const LABELS = FIELDS.length - 1
const COMMON_SHARE = 0.4
const MAX_CORRECTIONS = 4

type Fields = string[][]
type Alternative = { words: string[][]; labels: boolean }

const fieldsOf = (document: SearchDocument): Fields => FIELDS.map(field => document[field].split(' ').filter(Boolean))

function holds(fields: Fields, alternative: Alternative): boolean {
  return fields.some((tokens, field) => {
    if (field === LABELS && !alternative.labels) return false
    return tokens.some((_, start) =>
      alternative.words.every((slot, offset) => slot.includes(tokens[start + offset] ?? '')),
    )
  })
}

class Corpus {
  readonly fields: Fields[]
  private readonly frequency = new Map<string, number>()
  readonly written = new Map<string, string>()

  constructor(readonly documents: SearchDocument[]) {
    this.fields = documents.map(fieldsOf)
    for (const fields of this.fields) {
      for (const term of new Set(fields.flat())) {
        this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1)
        if (!this.written.has(term)) this.written.set(term, term)
      }
    }
    for (const document of documents)
      for (const word of document.searchSpellings.split(' ').filter(Boolean))
        if (!this.written.has(word)) this.written.set(word, stemWord(word))
  }

  df = (term: string) => this.frequency.get(term) ?? 0

  /** The terms a typed word stands for: itself if held, else its closest held spellings. */
  slot(word: string, term: string): { terms: string[]; corrected: boolean } {
    if (this.df(term) > 0) return { terms: [term], corrected: false }
    const allowed = typosAllowed(word)
    if (!allowed) return { terms: [], corrected: true }
    const found: { written: string; typos: number }[] = []
    for (const written of this.written.keys()) {
      if (written === word) continue
      const sameStart = written[0] === word[0] || (written[0] === word[1] && written[1] === word[0])
      const typos = typoDistance(word, written, allowed)
      if (sameStart && typos <= allowed) found.push({ written, typos })
    }
    found.sort((a, b) => a.typos - b.typos || (a.written < b.written ? -1 : 1))
    const terms: string[] = []
    for (const { written } of found) {
      const term = this.written.get(written)!
      if (this.df(term) > 0 && !terms.includes(term)) terms.push(term)
      if (terms.length === MAX_CORRECTIONS) break
    }
    return { terms, corrected: true }
  }

  held = (terms: string[]) => terms.every(term => this.df(term) > 0)
}

type Concept = { alternatives: Alternative[]; required: boolean; frequency: number }

function concepts(corpus: Corpus, request: SearchRequest, synonyms: Synonyms): Concept[] {
  const { terms, phrases } = request.query
  const written = request.query.written?.terms ?? terms
  const expansions = new Map<string, string[][]>()
  const expand = (from: string, to: string) => {
    if (from !== to) expansions.set(from, [...(expansions.get(from) ?? []), to.split(' ')])
  }
  for (const group of synonyms.groups) for (const from of group) for (const to of group) expand(from, to)
  for (const { from, to } of synonyms.oneWay) for (const entry of to) expand(from, entry)

  const perWord: Alternative[][] = terms.map(() => [])
  terms.forEach((term, at) => {
    const word = written[at] ?? term
    const { terms: own, corrected } = corpus.slot(word, term)
    for (const id of own) perWord[at]!.push({ words: [[id]], labels: !corrected })
    for (const parts of compoundSplits(word, part => corpus.written.has(part), 3)) {
      const stems = parts.map(stemWord)
      if (corpus.held(stems)) {
        perWord[at]!.push({ words: stems.map(stem => [stem]), labels: true })
        break
      }
    }
    const next = written[at + 1]
    const joined = next === undefined ? undefined : stemWord(word + next)
    if (joined && corpus.df(joined) > 0) {
      perWord[at]!.push({ words: [[joined]], labels: true })
      perWord[at + 1]!.push({ words: [[joined]], labels: true })
    }
    for (let length = 1; at + length <= terms.length; length++) {
      for (const entry of expansions.get(terms.slice(at, at + length).join(' ')) ?? []) {
        if (!corpus.held(entry)) continue
        for (let covered = at; covered < at + length; covered++)
          perWord[covered]!.push({ words: entry.map(term => [term]), labels: false })
      }
    }
  })
  const result: Concept[] = perWord
    .map((alternatives, at) => ({
      alternatives,
      required: false,
      frequency:
        corpus.df(terms[at]!) > 0
          ? corpus.df(terms[at]!)
          : Math.max(0, ...alternatives.map(alternative => Math.min(...alternative.words[0]!.map(corpus.df)))),
    }))
    .filter(concept => concept.alternatives.length > 0)
  phrases.forEach((phrase, at) => {
    const phraseWritten = request.query.written?.phrases[at] ?? phrase
    const words = phrase.map((term, i) => corpus.slot(phraseWritten[i] ?? term, term).terms)
    const alternatives = words.every(slot => slot.length) ? [{ words, labels: true }] : []
    result.push({
      alternatives,
      required: true,
      frequency: Math.max(0, ...alternatives.map(alternative => Math.min(...alternative.words[0]!.map(corpus.df)))),
    })
  })
  return result
}

function matchesText(corpus: Corpus, fields: Fields, queryConcepts: Concept[]): boolean {
  const common = (concept: Concept) => concept.frequency > COMMON_SHARE * corpus.documents.length
  const anyMeaningful = queryConcepts.some(concept => !common(concept))
  let meaningfulHeld = false
  for (const concept of queryConcepts) {
    const held = concept.alternatives.some(alternative => holds(fields, alternative))
    if (concept.required && !held) return false
    if (held && (!anyMeaningful || !common(concept))) meaningfulHeld = true
  }
  return meaningfulHeld
}

const valuesOf = (document: SearchDocument, facet: (typeof FACETS)[number]) => {
  const value = document[facet]
  return (Array.isArray(value) ? value : [value]).filter(Boolean)
}

/** The ids that match (unordered), their number, and the disjunctive facet counts. */
export function oracleSearch(documents: SearchDocument[], request: SearchRequest, synonyms: Synonyms) {
  const corpus = new Corpus(documents)
  const queryConcepts = isEmptyQuery(request.query) ? [] : concepts(corpus, request, synonyms)
  const ids = new Set<string>()
  // Documents holding a meaningful query word with no filter applied: what any engine may find.
  const textMatches = new Set<string>()
  const facets: FacetCounts = emptyFacetCounts()
  documents.forEach((document, at) => {
    const held = !isEmptyQuery(request.query) && matchesLoosely(corpus, corpus.fields[at]!, queryConcepts)
    if (held) textMatches.add(document.id)
    if (request.councils && !request.councils.includes(document.councilCode)) return
    if (request.excludeCouncils?.includes(document.councilCode)) return
    if (request.excludeIds?.includes(document.id)) return
    if (request.adaptedFromId !== undefined && document.adaptedFromId !== request.adaptedFromId) return
    if (!isEmptyQuery(request.query) && !matchesText(corpus, corpus.fields[at]!, queryConcepts)) return
    const failing = FACETS.filter(facet => {
      const wanted = request.filters[facet]
      return wanted?.length && !valuesOf(document, facet).some(value => wanted.includes(value))
    })
    if (failing.length === 0) ids.add(document.id)
    if (failing.length > 1) return
    for (const facet of FACETS) {
      if (failing.length === 1 && failing[0] !== facet) continue
      for (const value of valuesOf(document, facet)) facets[facet][value] = (facets[facet][value] ?? 0) + 1
    }
  })
  return { ids, total: ids.size, facets, textMatches }
}

/** Holds any concept at all, common or not: the loosest reading of "holds a query word". */
function matchesLoosely(corpus: Corpus, fields: Fields, queryConcepts: Concept[]): boolean {
  return queryConcepts.some(concept => concept.alternatives.some(alternative => holds(fields, alternative)))
}

/** Facet counts over a given hit set (for engines whose hit set legitimately differs from the oracle's). */
export function facetCountsOf(documents: SearchDocument[], hitIds: Set<string>): FacetCounts {
  const facets: FacetCounts = emptyFacetCounts()
  for (const document of documents) {
    if (!hitIds.has(document.id)) continue
    for (const facet of FACETS)
      for (const value of valuesOf(document, facet)) facets[facet][value] = (facets[facet][value] ?? 0) + 1
  }
  return facets
}
