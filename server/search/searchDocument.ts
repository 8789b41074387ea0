import { type CaseStudyContent, BARRIER_CATEGORIES, ENABLER_CATEGORIES, THEMES, labelOf } from '../../models/vocabulary'
import { analyseText, spellings } from './analyzer'
import type { SearchDocument } from './searchTypes'

/** What the mapper needs of a case study: its published version and the facts around it. */
export type PublishedCaseStudy = {
  id: string
  slug: string
  content: CaseStudyContent
  /** The curator-confirmed evidence level if there is one, else the publisher's own. */
  evidenceLevel: string
  firstPublishedAt: Date
  publishedAt: Date
}

export type CouncilFacts = {
  gssCode: string
  name: string
  type: string
  nation: string
  region: string
  population: number | null
  ruralUrban: string | null
}

export function populationBand(population: number | null): string {
  if (population === null || !Number.isFinite(population)) return ''
  if (population < 100_000) return 'under-100k'
  if (population < 250_000) return '100k-250k'
  if (population < 500_000) return '250k-500k'
  if (population < 1_000_000) return '500k-1m'
  return 'over-1m'
}

const labels = (list: Record<string, { label: string }>, keys: string[]) => keys.map(key => labelOf(list, key))
const unique = (values: string[]) => [...new Set(values.filter(Boolean))]

/**
 * The search document for a published case study. It takes fields one by one, so nothing not
 * listed here (contacts above all: personal data) can reach an index.
 */
export function toSearchDocument(
  caseStudy: PublishedCaseStudy,
  council: CouncilFacts,
  adaptedCount: number,
): SearchDocument {
  const content = caseStudy.content
  // The text of each weighted field, heaviest first (SEARCHABLE_FIELDS).
  const title = [content.title]
  const summary = [content.summary]
  const tags = content.tags
  const practice = [content.problem, content.whatTheyDid]
  const context = [
    ...content.barriers.map(item => item.description),
    ...content.enablers.map(item => item.description),
    content.context,
    council.name,
  ]
  const results = [content.outcomes, content.lessons]
  const categoryLabels = [
    ...labels(THEMES, content.themes),
    ...labels(
      BARRIER_CATEGORIES,
      content.barriers.map(item => item.category),
    ),
    ...labels(
      ENABLER_CATEGORIES,
      content.enablers.map(item => item.category),
    ),
  ]
  return {
    id: caseStudy.id,
    slug: caseStudy.slug,
    councilCode: council.gssCode,
    councilName: council.name,
    title: content.title,
    summary: content.summary,
    problem: content.problem,
    whatTheyDid: content.whatTheyDid,
    outcomes: content.outcomes,
    lessons: content.lessons,
    tags: content.tags,
    adaptedFromId: content.adaptedFrom.caseStudyId,
    publishedAt: caseStudy.firstPublishedAt.getTime(),
    updatedAt: caseStudy.publishedAt.getTime(),
    adaptedCount,
    searchTitle: analyseText(...title),
    searchSummary: analyseText(...summary),
    searchTags: analyseText(...tags),
    searchPractice: analyseText(...practice),
    searchContext: analyseText(...context),
    searchResults: analyseText(...results),
    searchLabels: analyseText(...unique(categoryLabels)),
    searchSpellings: spellings(...title, ...summary, ...tags, ...practice, ...context, ...results),
    theme: unique(content.themes),
    barrierCategory: unique(content.barriers.map(item => item.category)),
    enablerCategory: unique(content.enablers.map(item => item.category)),
    evidenceLevel: caseStudy.evidenceLevel,
    stage: content.stage,
    budgetBand: content.resources.budgetBand,
    councilType: council.type,
    nation: council.nation,
    region: council.region,
    populationBand: populationBand(council.population),
    ruralUrban: council.ruralUrban ?? '',
    yearPublished: String(caseStudy.firstPublishedAt.getUTCFullYear()),
  }
}
