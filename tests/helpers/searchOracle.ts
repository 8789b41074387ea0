import { isEmptyQuery } from '../../server/search/analyzer'
import {
  FACETS,
  SEARCHABLE_FIELDS,
  emptyFacetCounts,
  type FacetCounts,
  type SearchDocument,
  type SearchRequest,
  type SynonymGroups,
} from '../../server/search/searchTypes'
import { typoDistance, typosAllowed } from '../../server/search/typos'

// What any engine must answer, worked out the slow, obvious way: every document checked against
// the rules in plain loops. The contract suite compares every engine with this.

const fieldsOf = (document: SearchDocument) =>
  SEARCHABLE_FIELDS.map(field => document[field].split(' ').filter(Boolean))

const hasWord = (fields: string[][], word: string) => fields.some(tokens => tokens.includes(word))
const hasNearWord = (fields: string[][], term: string) => {
  const allowed = typosAllowed(term)
  return fields.some(tokens => tokens.some(token => typoDistance(term, token, allowed) <= allowed))
}
const hasPhrase = (fields: string[][], phrase: string[]) =>
  fields.some(tokens => tokens.some((_, start) => phrase.every((word, offset) => tokens[start + offset] === word)))

function matchesText(document: SearchDocument, request: SearchRequest, synonyms: SynonymGroups): boolean {
  const fields = fieldsOf(document)
  const { terms, phrases } = request.query
  const entries = new Map<string, string[]>()
  for (const group of synonyms)
    for (const entry of group)
      entries.set(entry, [...(entries.get(entry) ?? []), ...group.filter(other => other !== entry)])
  const longest = Math.max(1, ...[...entries.keys()].map(entry => entry.split(' ').length))
  for (let start = 0; start < terms.length;) {
    let length = Math.min(longest, terms.length - start)
    while (length > 1 && !entries.has(terms.slice(start, start + length).join(' '))) length--
    const run = terms.slice(start, start + length)
    const others = entries.get(run.join(' ')) ?? []
    const own = run.every(term => hasNearWord(fields, term))
    const viaSynonym = others.some(other => {
      const words = other.split(' ')
      return words.length === 1 ? hasWord(fields, words[0]!) : hasPhrase(fields, words)
    })
    if (!own && !viaSynonym) return false
    start += length
  }
  return phrases.every(phrase => hasPhrase(fields, phrase))
}

const valuesOf = (document: SearchDocument, facet: (typeof FACETS)[number]) => {
  const value = document[facet]
  return (Array.isArray(value) ? value : [value]).filter(Boolean)
}

/** The ids that match (unordered), their number, and the disjunctive facet counts. */
export function oracleSearch(documents: SearchDocument[], request: SearchRequest, synonyms: SynonymGroups) {
  const ids = new Set<string>()
  const facets: FacetCounts = emptyFacetCounts()
  for (const document of documents) {
    if (request.councils && !request.councils.includes(document.councilCode)) continue
    if (request.excludeCouncils?.includes(document.councilCode)) continue
    if (request.excludeIds?.includes(document.id)) continue
    if (request.adaptedFromId !== undefined && document.adaptedFromId !== request.adaptedFromId) continue
    if (!isEmptyQuery(request.query) && !matchesText(document, request, synonyms)) continue
    const failing = FACETS.filter(facet => {
      const wanted = request.filters[facet]
      return wanted?.length && !valuesOf(document, facet).some(value => wanted.includes(value))
    })
    if (failing.length === 0) ids.add(document.id)
    if (failing.length > 1) continue
    for (const facet of FACETS) {
      if (failing.length === 1 && failing[0] !== facet) continue
      for (const value of valuesOf(document, facet)) facets[facet][value] = (facets[facet][value] ?? 0) + 1
    }
  }
  return { ids, total: ids.size, facets }
}
