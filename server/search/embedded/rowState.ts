import {
  FACETS,
  emptyFacetCounts,
  type FacetCounts,
  type FacetName,
  type SearchDocument,
  type SearchRequest,
} from '../searchTypes'

/** What the engine keeps in memory per document: facet value codes and the numbers it sorts by. */
export type Row = {
  id: string
  councilCode: string
  adaptedFromId: string
  publishedAt: number
  updatedAt: number
  adaptedCount: number
  codes: Uint16Array
}

/** What a row is made from: the document's facets and sort keys, stored apart so loading skips the text. */
export type RowFacts = Pick<
  SearchDocument,
  FacetName | 'id' | 'councilCode' | 'adaptedFromId' | 'publishedAt' | 'updatedAt' | 'adaptedCount'
>

export function rowFacts(document: SearchDocument): RowFacts {
  const facts: Record<string, unknown> = {
    id: document.id,
    councilCode: document.councilCode,
    adaptedFromId: document.adaptedFromId,
    publishedAt: document.publishedAt,
    updatedAt: document.updatedAt,
    adaptedCount: document.adaptedCount,
  }
  for (const facet of FACETS) facts[facet] = document[facet]
  return facts as RowFacts
}

/** The candidates that passed every filter, as parallel arrays, and the facet counts. */
export type Collected = { rowids: number[]; scores: number[]; counts: Uint32Array | undefined }

/**
 * Facet values are coded as small integers (one dictionary for every facet) so filtering and
 * counting 100,000 candidates is a loop over typed arrays rather than string comparisons.
 */
export class RowState {
  readonly rows: (Row | undefined)[] = []
  readonly rowOf = new Map<string, number>()
  private readonly dictionary = new Map<string, number>()
  private readonly codeFacet: number[] = []
  private readonly codeValue: string[] = []
  private nextRowid = 1

  rowidFor(id: string): number {
    return this.rowOf.get(id) ?? this.nextRowid++
  }

  clear(): void {
    this.rows.length = 0
    this.rowOf.clear()
    this.nextRowid = 1
  }

  private code(facetIndex: number, value: string, create: boolean): number | undefined {
    const key = `${facetIndex}\u0000${value}`
    let code = this.dictionary.get(key)
    if (code === undefined && create) {
      code = this.codeValue.length
      this.dictionary.set(key, code)
      this.codeFacet.push(facetIndex)
      this.codeValue.push(value)
    }
    return code
  }

  set(rowid: number, document: RowFacts): void {
    const codes: number[] = []
    FACETS.forEach((facet, index) => {
      const values = document[facet]
      for (const value of Array.isArray(values) ? values : [values]) {
        if (value) codes.push(this.code(index, value, true)!)
      }
    })
    this.rows[rowid] = {
      id: document.id,
      councilCode: document.councilCode,
      adaptedFromId: document.adaptedFromId,
      publishedAt: document.publishedAt,
      updatedAt: document.updatedAt,
      adaptedCount: document.adaptedCount,
      codes: Uint16Array.from(codes),
    }
    this.rowOf.set(document.id, rowid)
    if (rowid >= this.nextRowid) this.nextRowid = rowid + 1
  }

  delete(id: string): void {
    const rowid = this.rowOf.get(id)
    if (rowid === undefined) return
    this.rows[rowid] = undefined
    this.rowOf.delete(id)
  }

  /**
   * Returns a function that takes each candidate the text query matched and keeps those passing
   * every filter. Facet counts are disjunctive: a candidate failing exactly one facet's filter still
   * counts towards that facet's values, which is what each facet's own counts need.
   */
  collector(request: SearchRequest): { consider: (rowid: number, score: number) => void; collected: Collected } {
    const filtered: { facet: number; codes: Set<number> }[] = []
    FACETS.forEach((facet: FacetName, index) => {
      const values = request.filters[facet]
      if (!values?.length) return
      const codes = values.map(value => this.code(index, value, false)).filter(code => code !== undefined)
      filtered.push({ facet: index, codes: new Set(codes) })
    })
    const councils = request.councils && new Set(request.councils)
    const excludeCouncils = new Set(request.excludeCouncils ?? [])
    const excludeIds = new Set(request.excludeIds ?? [])
    const adaptedFromId = request.adaptedFromId
    const counts = request.facets ? new Uint32Array(this.codeValue.length) : undefined
    const collected: Collected = { rowids: [], scores: [], counts }
    const rows = this.rows
    const codeFacet = this.codeFacet

    const consider = (rowid: number, score: number) => {
      const row = rows[rowid]
      if (!row) return
      if (councils && !councils.has(row.councilCode)) return
      if (excludeCouncils.has(row.councilCode) || excludeIds.has(row.id)) return
      if (adaptedFromId !== undefined && row.adaptedFromId !== adaptedFromId) return
      let failures = 0
      let failing = -1
      for (const { facet, codes } of filtered) {
        let passes = false
        for (const code of row.codes) {
          if (codes.has(code)) {
            passes = true
            break
          }
        }
        if (!passes && ++failures > 1) return
        if (!passes) failing = facet
      }
      if (counts) {
        for (const code of row.codes)
          if (failures === 0 || codeFacet[code] === failing) counts[code] = counts[code]! + 1
      }
      if (failures === 0) {
        collected.rowids.push(rowid)
        collected.scores.push(score)
      }
    }
    return { consider, collected }
  }

  facetCounts(counts: Uint32Array): FacetCounts {
    const result = emptyFacetCounts()
    counts.forEach((count, code) => {
      if (count > 0) result[FACETS[this.codeFacet[code]!]!][this.codeValue[code]!] = count
    })
    return result
  }

  /** Every live rowid, for queries without words. */
  *live(): Generator<number> {
    for (const rowid of this.rowOf.values()) yield rowid
  }
}
