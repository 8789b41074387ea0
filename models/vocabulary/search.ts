import { FIELD_LABELS } from './fieldLabels'

// What people search by: the facets they filter on and the orders they sort by, each with the
// name the search page, the JSON API and its OpenAPI document give it. A facet that is a task-list
// field takes that field's name where it reads well as the name of a filter ("Some stage filters
// were not recognised"); the category and theme facets are named for one value, in the singular.

/** The facets people filter by. Keys are stable: they appear in URLs and in the engines' fields. */
export const FACETS = [
  'theme',
  'barrierCategory',
  'enablerCategory',
  'evidenceLevel',
  'stage',
  'budgetBand',
  'councilType',
  'nation',
  'region',
  'populationBand',
  'ruralUrban',
  'yearPublished',
] as const
export type FacetName = (typeof FACETS)[number]
export const isFacetName = (name: string): name is FacetName => (FACETS as readonly string[]).includes(name)

/** Each facet's name, in the order the search page shows them. */
export const FACET_LEGENDS: Record<FacetName, string> = {
  theme: 'Theme',
  councilType: 'Council type',
  nation: 'Nation',
  region: 'Region',
  populationBand: 'Population',
  ruralUrban: 'Rural or urban',
  barrierCategory: 'Barrier',
  enablerCategory: 'What helped',
  evidenceLevel: FIELD_LABELS.evidenceLevel,
  stage: FIELD_LABELS.stage,
  budgetBand: 'Budget',
  yearPublished: 'Year published',
}

/** Population bands for the facet, by resident population (server/search/searchDocument.ts bands them). */
export const POPULATION_BANDS = {
  'under-100k': 'Under 100,000',
  '100k-250k': '100,000 to 250,000',
  '250k-500k': '250,000 to 500,000',
  '500k-1m': '500,000 to 1 million',
  'over-1m': 'Over 1 million',
} as const

/** The orders results can be sorted in; keys appear in URLs. */
export const SORTS = ['relevance', 'newest', 'adapted', 'updated'] as const
export type SortOrder = (typeof SORTS)[number]

export const SORT_LABELS: Record<SortOrder, string> = {
  relevance: 'Relevance',
  newest: 'Newest',
  adapted: 'Most adapted',
  updated: 'Recently updated',
}
