import { FACETS, emptyFacetCounts, type FacetCounts, type SearchDocument, type SearchRequest } from '../searchTypes'
import { GrowableFloat64, GrowableInt32 } from './growable'

/** What the table keeps of a document: its facets and the numbers results sort by. */
export type DocumentFacts = Pick<
  SearchDocument,
  (typeof FACETS)[number] | 'id' | 'councilCode' | 'adaptedFromId' | 'publishedAt' | 'updatedAt' | 'adaptedCount'
>

export function documentFacts(document: SearchDocument): DocumentFacts {
  const facts: Record<string, unknown> = {
    id: document.id,
    councilCode: document.councilCode,
    adaptedFromId: document.adaptedFromId,
    publishedAt: document.publishedAt,
    updatedAt: document.updatedAt,
    adaptedCount: document.adaptedCount,
  }
  for (const facet of FACETS) facts[facet] = document[facet]
  return facts as DocumentFacts
}

/** A small dictionary: each distinct string gets the next integer. */
class Codes {
  private readonly codeOf = new Map<string, number>()
  readonly values: string[] = []

  code(value: string): number {
    let code = this.codeOf.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codeOf.set(value, code)
      this.values.push(value)
    }
    return code
  }

  find(value: string): number | undefined {
    return this.codeOf.get(value)
  }
}

/** The candidates that passed every filter, and each facet value's count. */
export type Collected = { ordinals: GrowableInt32; counts: Uint32Array | undefined }

/**
 * Per-document facets and sort keys by ordinal, as flat typed arrays: filtering and counting
 * 100,000 candidates is then a loop over integers. Facet values share one dictionary of codes;
 * each document's codes sit in one run of `codes`, from `codeStart[ordinal]`.
 */
export class FacetTable {
  private readonly facetValues = new Codes()
  private readonly codeFacet: number[] = []
  private readonly councils = new Codes()
  private readonly adaptedFrom = new Codes()
  private readonly codes = new GrowableInt32(1 << 12)
  private readonly codeStart = new GrowableInt32()
  private readonly codeEnd = new GrowableInt32()
  readonly publishedAt = new GrowableFloat64()
  readonly updatedAt = new GrowableFloat64()
  readonly adaptedCount = new GrowableInt32()
  private readonly council = new GrowableInt32()
  private readonly adaptedFromCode = new GrowableInt32()
  readonly ids: string[] = []
  // Reused by every search (searches run one at a time): no new array per query to collect.
  private readonly candidates = new GrowableInt32(1 << 12)

  /** Adds the next ordinal's facts (ordinals are given in order, as the TextIndex numbers them). */
  add(facts: DocumentFacts): void {
    this.codeStart.push(this.codes.length)
    FACETS.forEach((facet, index) => {
      const values = facts[facet]
      for (const value of Array.isArray(values) ? values : [values]) {
        if (!value) continue
        const before = this.facetValues.values.length
        const code = this.facetValues.code(`${index}\u0000${value}`)
        if (code === before) this.codeFacet.push(index)
        this.codes.push(code)
      }
    })
    this.codeEnd.push(this.codes.length)
    this.publishedAt.push(facts.publishedAt)
    this.updatedAt.push(facts.updatedAt)
    this.adaptedCount.push(facts.adaptedCount)
    this.council.push(this.councils.code(facts.councilCode))
    this.adaptedFromCode.push(facts.adaptedFromId ? this.adaptedFrom.code(facts.adaptedFromId) : -1)
    this.ids.push(facts.id)
  }

  /** Gives back the room kept for growth, after a load or rebuild. */
  trim(): void {
    for (const array of [
      this.codes,
      this.codeStart,
      this.codeEnd,
      this.publishedAt,
      this.updatedAt,
      this.adaptedCount,
      this.council,
      this.adaptedFromCode,
    ])
      array.trim()
  }

  /** False when no document has ever said it was adapted from this one: a filter by it matches nothing. */
  mayBeAdaptedFrom(id: string): boolean {
    return this.adaptedFrom.find(id) !== undefined
  }

  /**
   * A function that takes each candidate and keeps those passing every filter. Facet counts are
   * disjunctive: a candidate failing exactly one facet's filter still counts towards that facet's
   * values, which is what each facet's own counts need.
   */
  collector(
    request: SearchRequest,
    excluded: ReadonlySet<number>,
  ): { consider: (ordinal: number) => void; collected: Collected } {
    // For each facet value code, the facet whose filter selects it, or -1.
    const selectedIn = new Int8Array(this.facetValues.values.length).fill(-1)
    let filteredFacets = 0
    FACETS.forEach((facet, index) => {
      const values = request.filters[facet]
      if (!values?.length) return
      filteredFacets |= 1 << index
      for (const value of values) {
        const code = this.facetValues.find(`${index}\u0000${value}`)
        if (code !== undefined) selectedIn[code] = index
      }
    })
    const councilAllowed = request.councils && this.councilSet(request.councils)
    const councilExcluded = request.excludeCouncils?.length ? this.councilSet(request.excludeCouncils) : undefined
    const adaptedFrom =
      request.adaptedFromId === undefined ? undefined : (this.adaptedFrom.find(request.adaptedFromId) ?? -2)
    const counts = request.facets ? new Uint32Array(this.facetValues.values.length) : undefined
    this.candidates.length = 0
    const collected: Collected = { ordinals: this.candidates, counts }
    const codes = this.codes.data
    const codeStart = this.codeStart.data
    const codeEnd = this.codeEnd.data
    const council = this.council.data
    const adaptedFromCode = this.adaptedFromCode.data
    const codeFacet = this.codeFacet

    const anyExcluded = excluded.size > 0
    const consider = (ordinal: number) => {
      if (councilAllowed && !councilAllowed[council[ordinal]!]) return
      if (councilExcluded?.[council[ordinal]!]) return
      if (adaptedFrom !== undefined && adaptedFromCode[ordinal] !== adaptedFrom) return
      if (anyExcluded && excluded.has(ordinal)) return
      const start = codeStart[ordinal]!
      const end = codeEnd[ordinal]!
      let passed = 0
      if (filteredFacets) {
        for (let at = start; at < end; at++) {
          const facet = selectedIn[codes[at]!]!
          if (facet >= 0) passed |= 1 << facet
        }
      }
      const failed = filteredFacets & ~passed
      // More than one facet failed: the candidate counts nowhere.
      if (failed & (failed - 1)) return
      if (counts) {
        const failing = failed ? 31 - Math.clz32(failed) : -1
        for (let at = start; at < end; at++) {
          const code = codes[at]!
          if (failing < 0 || codeFacet[code] === failing) counts[code]!++
        }
      }
      if (failed === 0) collected.ordinals.push(ordinal)
    }
    return { consider, collected }
  }

  private councilSet(codes: string[]): Uint8Array {
    const set = new Uint8Array(this.councils.values.length + 1)
    for (const code of codes) {
      const found = this.councils.find(code)
      if (found !== undefined) set[found] = 1
    }
    return set
  }

  facetCounts(counts: Uint32Array): FacetCounts {
    const result = emptyFacetCounts()
    counts.forEach((count, code) => {
      if (count === 0) return
      const key = this.facetValues.values[code]!
      result[FACETS[this.codeFacet[code]!]!][key.slice(key.indexOf('\u0000') + 1)] = count
    })
    return result
  }
}
