// Council types as DESIGN.md lists them, plus the two one-off bodies the reference data holds
// (the City of London Corporation and the Greater London Authority). Keys are stable; labels are
// what people read.
export const COUNCIL_TYPES = {
  county: 'County council',
  district: 'District council',
  unitary: 'Unitary authority',
  'metropolitan-district': 'Metropolitan district',
  'london-borough': 'London borough',
  'city-corporation': 'City corporation',
  'combined-authority': 'Combined authority',
  'strategic-regional-authority': 'Strategic regional authority',
  'welsh-principal-area': 'Welsh principal area',
  'scottish-council-area': 'Scottish council area',
  'ni-district': 'Northern Ireland district',
} as const

export type CouncilType = keyof typeof COUNCIL_TYPES

/** Council types with social care and education duties (the upper tier, or both tiers in one). */
export const UPPER_TIER_COUNCIL_TYPES: ReadonlySet<string> = new Set<CouncilType>([
  'unitary',
  'metropolitan-district',
  'london-borough',
  'county',
  'welsh-principal-area',
  'scottish-council-area',
])

export const NATIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const
export type Nation = (typeof NATIONS)[number]

export const RURAL_URBAN_CLASSES = ['Urban', 'Urban with rural areas', 'Rural', 'Sparse and rural'] as const
export type RuralUrbanClass = (typeof RURAL_URBAN_CLASSES)[number]

export const NEIGHBOUR_KINDS = ['global', 'economic', 'demographic'] as const
export type NeighbourKind = (typeof NEIGHBOUR_KINDS)[number]
