// The corpus vocabulary in one place: every theme's words, and the order in which themes, barrier
// and enabler categories are common (the order the corpus draws them by rank).
import { BARRIER_CATEGORIES, ENABLER_CATEGORIES, THEMES, keysOf, type Theme } from '../../models/vocabulary'
import { COUNCIL_THEMES } from './councilThemes'
import { PEOPLE_THEMES } from './peopleThemes'
import { PLACE_THEMES } from './placeThemes'
import type { ThemeVocabulary } from './themeVocabulary'

export const THEME_VOCABULARY = { ...PEOPLE_THEMES, ...PLACE_THEMES, ...COUNCIL_THEMES } as Record<
  Theme,
  ThemeVocabulary
>
const missing = keysOf(THEMES).filter(theme => !THEME_VOCABULARY[theme])
if (missing.length) throw new Error(`no corpus vocabulary for the themes: ${missing.join(', ')}`)

/** Themes from the most published about (care, housing, children) to the least. */
export const THEME_RANKING: Theme[] = [
  'adult-social-care',
  'housing',
  'childrens-services',
  'digital',
  'climate',
  'public-health',
  'education-send',
  'economy',
  'waste-environment',
  'communities',
  'transport',
  'community-safety',
  'customer-services',
  'finance-benefits',
  'planning',
  'workforce',
  'culture-leisure',
]

/** Barriers from the most often met (money, people) to the least. */
export const BARRIER_RANKING = [
  'funding',
  'capacity',
  'data-sharing',
  'partnership',
  'technology',
  'culture',
  'skills',
  'leadership',
  'procurement',
  'resident-engagement',
  'measuring-impact',
  'legal-regulatory',
] satisfies (keyof typeof BARRIER_CATEGORIES)[]

export const ENABLER_RANKING = [
  'partnership',
  'senior-sponsorship',
  'dedicated-team',
  'data-insight',
  'co-design',
  'dedicated-funding',
  'test-and-learn',
  'training',
  'political-support',
  'governance',
  'technology',
  'peer-learning',
] satisfies (keyof typeof ENABLER_CATEGORIES)[]

for (const [name, ranking, list] of [
  ['THEME_RANKING', THEME_RANKING, THEMES],
  ['BARRIER_RANKING', BARRIER_RANKING, BARRIER_CATEGORIES],
  ['ENABLER_RANKING', ENABLER_RANKING, ENABLER_CATEGORIES],
] as const) {
  if (new Set<string>(ranking).size !== keysOf(list).length) throw new Error(`${name} must rank every key once`)
}
