import type {
  CategoryItem,
  BarrierCategory,
  BudgetBand,
  EnablerCategory,
  EvidenceLevel,
  Stage,
  Theme,
} from '../../../models/vocabulary'

/** One case study of the relevance set: only the sections search reads, written short. */
export type RelevanceCase = {
  /** Stable: judgments refer to it. */
  id: string
  /** The lead council's GSS code (models/reference-data/councils.csv). */
  councilCode: string
  title: string
  summary: string
  problem: string
  whatTheyDid: string
  context: string
  barriers: CategoryItem[]
  enablers: CategoryItem[]
  outcomes: string
  lessons: string
  themes: Theme[]
  tags: string[]
  stage: Stage
  budgetBand: BudgetBand
  evidenceLevel: EvidenceLevel
}

/** A barrier or enabler, its category checked by the compiler (the unit test checks it again). */
export const barrier = (category: BarrierCategory, description: string): CategoryItem => ({ category, description })
export const enabler = (category: EnablerCategory, description: string): CategoryItem => ({ category, description })

export const QUERY_KINDS = [
  'keyword',
  'abbreviation',
  'synonym',
  'misspelling',
  'word-form',
  'phrase',
  'problem',
  'question',
] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

/** 3 = exactly what the officer wants, 2 = clearly relevant, 1 = partly relevant; unlisted = 0. */
export type Grade = 1 | 2 | 3

export type JudgedQuery = {
  id: string
  kind: QueryKind
  /** As an officer would type it into the search box. */
  text: string
  judgments: Record<string, Grade>
}
