import type { FacetName } from '../searchTypes'
import { FACETS } from '../searchTypes'
import { Codes } from './codes'
import { GrowableInt32 } from './growable'

/**
 * Facets counted together: a document's values in a group form one combination, counted once and
 * shared out to its values afterwards, so an unfiltered search counts about 7 codes a document
 * rather than 15. The first group follows from the council, so it has at most one combination per
 * council; the second has at most 5 × 5 × 5 × the years.
 */
export const COUNTED_TOGETHER: readonly [readonly FacetName[], readonly FacetName[]] = [
  ['councilType', 'nation', 'region', 'populationBand', 'ruralUrban'],
  ['evidenceLevel', 'stage', 'budgetBand', 'yearPublished'],
]
const COUNTED_ALONE = FACETS.filter(facet => !COUNTED_TOGETHER.some(group => group.includes(facet)))

/** A document's facet value codes, by facet. */
export type CodesByFacet = ReadonlyMap<FacetName, readonly number[]>

/**
 * Per document, its combination in each group of COUNTED_TOGETHER and its codes of the facets
 * counted alone, by ordinal; and each combination's value codes, to share its count out.
 */
export class FacetCombinations {
  private readonly groups = COUNTED_TOGETHER.map(() => ({ keys: new Codes(), members: [] as number[][] }))
  private readonly combinationOf = COUNTED_TOGETHER.map(() => new GrowableInt32()) as [GrowableInt32, GrowableInt32]
  private readonly aloneCodes = new GrowableInt32(1 << 12)
  private readonly aloneStart = new GrowableInt32()

  /** Adds the next ordinal's codes. */
  add(codesOf: CodesByFacet): void {
    COUNTED_TOGETHER.forEach((group, at) => {
      const members = group.flatMap(facet => codesOf.get(facet) ?? [])
      const { keys, members: all } = this.groups[at]!
      const combination = keys.code(members.join(','))
      if (combination === all.length) all.push(members)
      this.combinationOf[at]!.push(combination)
    })
    this.aloneStart.push(this.aloneCodes.length)
    for (const facet of COUNTED_ALONE) for (const code of codesOf.get(facet) ?? []) this.aloneCodes.push(code)
  }

  trim(): void {
    for (const array of [...this.combinationOf, this.aloneCodes, this.aloneStart]) array.trim()
  }

  /** How many combinations each group has. */
  get sizes(): [number, number] {
    return [this.groups[0]!.members.length, this.groups[1]!.members.length]
  }

  /** Each document's combination, per group, by ordinal. */
  get combinations(): [Int32Array, Int32Array] {
    return [this.combinationOf[0].data, this.combinationOf[1].data]
  }

  /** The codes of the facets counted alone: a document's run starts at aloneStarts[ordinal] and ends at aloneEnd(). */
  get alone(): Int32Array {
    return this.aloneCodes.data
  }

  get aloneStarts(): Int32Array {
    return this.aloneStart.data
  }

  aloneEnd(ordinal: number): number {
    return ordinal + 1 < this.aloneStart.length ? this.aloneStart.data[ordinal + 1]! : this.aloneCodes.length
  }

  /** Per group and combination, the filtered facets (bits) it passes, given each code's selecting facet or -1. */
  passes(selectedIn: Int8Array): [Int32Array, Int32Array] {
    const [first, second] = this.groups.map(({ members }) => {
      const passes = new Int32Array(members.length)
      for (let combination = 0; combination < members.length; combination++) {
        for (const code of members[combination]!)
          if (selectedIn[code]! >= 0) passes[combination]! |= 1 << selectedIn[code]!
      }
      return passes
    })
    return [first!, second!]
  }

  /** Adds every value's count over the documents to `counts`: combinations first, then shared out. */
  countEach(ordinals: Int32Array, counts: Uint32Array): void {
    const alone = this.aloneCodes.data
    const aloneStart = this.aloneStart.data
    const [first, second] = this.combinations
    const [firstCounts, secondCounts] = this.sizes.map(size => new Uint32Array(size)) as [Uint32Array, Uint32Array]
    for (let at = 0; at < ordinals.length; at++) {
      const ordinal = ordinals[at]!
      firstCounts[first[ordinal]!]!++
      secondCounts[second[ordinal]!]!++
      for (let code = aloneStart[ordinal]!, end = this.aloneEnd(ordinal); code < end; code++) counts[alone[code]!]!++
    }
    this.shareOut(firstCounts, 0, 1, counts, [])
    this.shareOut(secondCounts, 1, 1, counts, [])
  }

  /**
   * Adds a group's combination counts to its values' counts. The counts come in rows (see
   * FacetTable's filtered collection): row 0 counts every value, row f + 1 only facet f's
   * (`facetOf` a code's facet); `rows` is a mask of the rows used.
   */
  shareOut(
    combinationCounts: Uint32Array,
    group: number,
    rows: number,
    counts: Uint32Array,
    facetOf: readonly number[],
  ): void {
    const { members } = this.groups[group]!
    for (let row = 0; rows >> row; row++) {
      if (!((rows >> row) & 1)) continue
      for (let combination = 0; combination < members.length; combination++) {
        const count = combinationCounts[row * members.length + combination]!
        if (!count) continue
        for (const code of members[combination]!) if (row === 0 || facetOf[code] === row - 1) counts[code]! += count
      }
    }
  }
}
