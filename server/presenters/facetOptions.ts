import { COUNCIL_TYPES, NATIONS, RURAL_URBAN_CLASSES } from '../../models/councilTypes'
import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  FACET_LEGENDS,
  POPULATION_BANDS,
  STAGES,
  THEMES,
  labelOf,
} from '../../models/vocabulary'
import type { FacetName } from '../search/searchTypes'

type Facet = {
  legend: string
  /** The label people read for a value. */
  label: (value: string) => string
  /** Whether a value can exist, so filters for values that cannot are reported, not searched. */
  known: (value: string) => boolean
  /** Values in the order the list defines them; facets without a fixed list sort by label. */
  order?: string[]
}

const fromList = (legend: string, list: Record<string, { label: string }>): Facet => ({
  legend,
  label: value => labelOf(list, value) || value,
  known: value => Object.hasOwn(list, value),
  order: Object.keys(list),
})

const fromLabels = (legend: string, labels: Record<string, string>): Facet => ({
  legend,
  label: value => labels[value] ?? value,
  known: value => Object.hasOwn(labels, value),
  order: Object.keys(labels),
})

const fromValues = (legend: string, values: readonly string[]): Facet => ({
  legend,
  label: value => value,
  known: value => values.includes(value),
  order: [...values],
})

const freeText = (legend: string, pattern: RegExp): Facet => ({
  legend,
  label: value => value,
  known: value => pattern.test(value),
})

/** Every facet as the search page shows it, in the order it shows them; names from the vocabulary. */
export const FACET_OPTIONS: Record<FacetName, Facet> = {
  theme: fromList(FACET_LEGENDS.theme, THEMES),
  councilType: fromLabels(FACET_LEGENDS.councilType, COUNCIL_TYPES),
  nation: fromValues(FACET_LEGENDS.nation, NATIONS),
  region: freeText(FACET_LEGENDS.region, /^[\p{L} ,'-]{1,60}$/u),
  populationBand: fromLabels(FACET_LEGENDS.populationBand, POPULATION_BANDS),
  ruralUrban: fromValues(FACET_LEGENDS.ruralUrban, RURAL_URBAN_CLASSES),
  barrierCategory: fromList(FACET_LEGENDS.barrierCategory, BARRIER_CATEGORIES),
  enablerCategory: fromList(FACET_LEGENDS.enablerCategory, ENABLER_CATEGORIES),
  evidenceLevel: fromList(FACET_LEGENDS.evidenceLevel, EVIDENCE_LEVELS),
  stage: fromList(FACET_LEGENDS.stage, STAGES),
  budgetBand: fromList(FACET_LEGENDS.budgetBand, BUDGET_BANDS),
  yearPublished: freeText(FACET_LEGENDS.yearPublished, /^20\d\d$/),
}

/** A facet's values in the order the page and the API list them: the list's own order, or by label. */
export function orderedValues(facet: FacetName, values: string[]): string[] {
  const options = FACET_OPTIONS[facet]
  const rank = (value: string) => options.order?.indexOf(value) ?? -1
  return [...values].sort((a, b) =>
    options.order ? rank(a) - rank(b) : options.label(a).localeCompare(options.label(b), 'en-GB'),
  )
}
