import type { Theme } from '../../models/vocabulary'
import { wordList } from './wordList'

/**
 * The words of one theme. Lists are ranked (commonest first) and drawn from by rank, so a theme's
 * headline services dominate its case studies and its specialist terms stay rare.
 */
export type ThemeVocabulary = {
  /** Upper-tier themes are run only by councils with social care and education duties. */
  tier: 'upper' | 'any'
  /** Themes a case study of this one is often also filed under. */
  related: Theme[]
  /** Gerund phrases for a title: "reducing delayed hospital discharges". */
  aims: string[]
  /** What the council did, with its article: "a trusted assessor model". */
  approaches: string[]
  /** Plural groups of people: "unpaid carers". */
  groups: string[]
  /** Service names, acronyms and jargon, as noun phrases: "DoLS", "care packages". */
  terms: string[]
  /** What a programme brought down: "delayed discharge days". */
  reduced: string[]
  /** What a programme brought up: "carers assessments completed". */
  increased: string[]
  tags: string[]
  partners: string[]
  skills: string[]
  technology: string[]
}

type WordField = Exclude<keyof ThemeVocabulary, 'tier' | 'related'>
export type ThemeWords = Pick<ThemeVocabulary, 'tier' | 'related'> & Record<WordField, string>

export function themeVocabulary({ tier, related, ...words }: ThemeWords): ThemeVocabulary {
  const lists = Object.fromEntries(Object.entries(words).map(([field, text]) => [field, wordList(text)]))
  return { tier, related, ...(lists as Record<WordField, string[]>) }
}
