import { FACETS, emptyFacetCounts, type FacetCounts, type FacetName, type SearchRequest } from '../searchTypes'
import { Codes } from './codes'
import type { DocumentFacts } from './documentFacts'
import { FacetCombinations } from './facetCombinations'
import { GrowableFloat64, GrowableInt32 } from './growable'

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
  private readonly combinations = new FacetCombinations()
  /** Each facet value's count over the live documents, kept as documents come and go. */
  private readonly liveCounts: number[] = []
  private liveCount = 0
  // Marks the candidates when counting the documents that are not (see countAll()).
  private marks = new Uint8Array(0)
  private readonly others = new GrowableInt32(1 << 12)

  /** Adds the next ordinal's facts (ordinals are given in order, as the TextIndex numbers them). */
  add(facts: DocumentFacts): void {
    this.codeStart.push(this.codes.length)
    const codesOf = new Map<FacetName, number[]>()
    FACETS.forEach((facet, index) => {
      const values = facts[facet]
      const codes: number[] = []
      for (const value of Array.isArray(values) ? values : [values]) {
        if (!value) continue
        const before = this.facetValues.values.length
        const code = this.facetValues.code(`${index}\u0000${value}`)
        if (code === before) {
          this.codeFacet.push(index)
          this.liveCounts.push(0)
        }
        this.codes.push(code)
        this.liveCounts[code]!++
        codes.push(code)
      }
      codesOf.set(facet, codes)
    })
    this.codeEnd.push(this.codes.length)
    this.liveCount++
    this.combinations.add(codesOf)
    this.publishedAt.push(facts.publishedAt)
    this.updatedAt.push(facts.updatedAt)
    this.adaptedCount.push(facts.adaptedCount)
    this.council.push(this.councils.code(facts.councilCode))
    this.adaptedFromCode.push(facts.adaptedFromId ? this.adaptedFrom.code(facts.adaptedFromId) : -1)
    this.ids.push(facts.id)
  }

  /** The document at this ordinal was replaced or removed: its values no longer count. Once per ordinal. */
  forget(ordinal: number): void {
    for (let at = this.codeStart.data[ordinal]!; at < this.codeEnd.data[ordinal]!; at++)
      this.liveCounts[this.codes.data[at]!]!--
    this.liveCount--
  }

  /** Gives back the room kept for growth, after a load or rebuild. */
  trim(): void {
    this.combinations.trim()
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
   * The candidates (ordinals of live documents, `live` flagging every one) passing every filter, and facet counts if asked.
   * A request with no filter at all, the commonest, keeps every candidate and counts in one loop.
   */
  collect(
    request: SearchRequest,
    excluded: ReadonlySet<number>,
    candidates: Int32Array,
    live: Uint8Array,
  ): { ordinals: Int32Array; counts: Uint32Array | undefined } {
    const unfiltered =
      excluded.size === 0 &&
      !request.councils &&
      !request.excludeCouncils?.length &&
      request.adaptedFromId === undefined &&
      FACETS.every(facet => !request.filters[facet]?.length)
    if (!unfiltered) return this.collectFiltered(request, excluded, candidates)
    return { ordinals: candidates, counts: request.facets ? this.countAll(candidates, live) : undefined }
  }

  /**
   * Every facet value's count over the candidates. When they are most of the catalogue (a query of
   * very common words), the live documents that are not candidates are counted instead, and their
   * counts taken from the live documents' counts.
   */
  private countAll(candidates: Int32Array, live: Uint8Array): Uint32Array {
    if (candidates.length * 2 <= this.liveCount) return this.countEach(candidates)
    const size = this.ids.length
    if (this.marks.length < size) this.marks = new Uint8Array(Math.max(size, this.marks.length * 2))
    const marks = this.marks
    for (let at = 0; at < candidates.length; at++) marks[candidates[at]!] = 1
    const others = this.others
    others.length = 0
    for (let ordinal = 0; ordinal < size; ordinal++) {
      if (marks[ordinal]) marks[ordinal] = 0
      else if (live[ordinal]) others.push(ordinal)
    }
    const counts = this.countEach(others.view())
    for (let code = 0; code < counts.length; code++) counts[code] = this.liveCounts[code]! - counts[code]!
    return counts
  }

  private countEach(ordinals: Int32Array): Uint32Array {
    const counts = new Uint32Array(this.facetValues.values.length)
    this.combinations.countEach(ordinals, counts)
    return counts
  }

  /**
   * Keeps the candidates passing every filter. Facet counts are disjunctive: a candidate failing
   * exactly one facet's filter still counts towards that facet's values, which is what each facet's
   * own counts need. A group's combination (COUNTED_TOGETHER) answers for all its facets at once.
   */
  private collectFiltered(
    request: SearchRequest,
    excluded: ReadonlySet<number>,
    candidates: Int32Array,
  ): { ordinals: Int32Array; counts: Uint32Array | undefined } {
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
    const [firstPasses, secondPasses] = this.combinations.passes(selectedIn)
    const councilAllowed = request.councils && this.councilSet(request.councils)
    const councilExcluded = request.excludeCouncils?.length ? this.councilSet(request.excludeCouncils) : undefined
    const adaptedFrom =
      request.adaptedFromId === undefined ? undefined : (this.adaptedFrom.find(request.adaptedFromId) ?? -2)
    const counts = request.facets ? new Uint32Array(this.facetValues.values.length) : undefined
    // Per group, row 0 counts the combinations of candidates passing every filter, row f + 1 those
    // of candidates failing only facet f's.
    const rows = FACETS.length + 1
    const [firstSizes, secondSizes] = this.combinations.sizes
    const firstCounts = new Uint32Array(counts ? rows * firstSizes : 0)
    const secondCounts = new Uint32Array(counts ? rows * secondSizes : 0)
    const kept = this.candidates
    kept.length = 0
    const combinations = this.combinations
    const aloneCodes = combinations.alone
    const aloneStart = combinations.aloneStarts
    const [first, second] = combinations.combinations
    const council = this.council.data
    const adaptedFromCode = this.adaptedFromCode.data
    const codeFacet = this.codeFacet
    const anyExcluded = excluded.size > 0
    let rowsUsed = 0

    for (let at = 0; at < candidates.length; at++) {
      const ordinal = candidates[at]!
      if (councilAllowed && !councilAllowed[council[ordinal]!]) continue
      if (councilExcluded?.[council[ordinal]!]) continue
      if (adaptedFrom !== undefined && adaptedFromCode[ordinal] !== adaptedFrom) continue
      if (anyExcluded && excluded.has(ordinal)) continue
      const firstCombination = first[ordinal]!
      const secondCombination = second[ordinal]!
      const start = aloneStart[ordinal]!
      const end = combinations.aloneEnd(ordinal)
      let passed = firstPasses[firstCombination]! | secondPasses[secondCombination]!
      for (let code = start; code < end; code++) {
        const facet = selectedIn[aloneCodes[code]!]!
        if (facet >= 0) passed |= 1 << facet
      }
      const failed = filteredFacets & ~passed
      // More than one facet failed: the candidate counts nowhere.
      if (failed & (failed - 1)) continue
      if (counts) {
        const row = failed ? 32 - Math.clz32(failed) : 0
        rowsUsed |= 1 << row
        firstCounts[row * firstSizes + firstCombination]!++
        secondCounts[row * secondSizes + secondCombination]!++
        for (let code = start; code < end; code++) {
          const value = aloneCodes[code]!
          if (row === 0 || codeFacet[value] === row - 1) counts[value]!++
        }
      }
      if (failed === 0) kept.push(ordinal)
    }
    if (counts) {
      combinations.shareOut(firstCounts, 0, rowsUsed, counts, codeFacet)
      combinations.shareOut(secondCounts, 1, rowsUsed, counts, codeFacet)
    }
    return { ordinals: kept.view(), counts }
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
