import { emptyContent, type CaseStudyContent } from '../../../models/vocabulary'
import { toSearchDocument } from '../../../server/search/searchDocument'
import type { SearchDocument } from '../../../server/search/searchTypes'
import { readCouncilReferenceData } from '../../../server/services/referenceData/councilReferenceData'
import { slugify } from '../../../server/services/slugify'
import type { RelevanceCase } from './relevanceTypes'

// Fixed dates, so nothing in a run depends on when it ran.
const FIRST_PUBLISHED = Date.UTC(2025, 0, 6)
const DAY = 24 * 60 * 60 * 1000

function contentOf(item: RelevanceCase): CaseStudyContent {
  const empty = emptyContent(item.title)
  return {
    ...empty,
    summary: item.summary,
    stage: item.stage,
    themes: item.themes,
    tags: item.tags,
    problem: item.problem,
    whatTheyDid: item.whatTheyDid,
    context: item.context,
    barriers: item.barriers,
    enablers: item.enablers,
    resources: { ...empty.resources, budgetBand: item.budgetBand },
    outcomes: item.outcomes,
    evidenceLevel: item.evidenceLevel,
    lessons: item.lessons,
  }
}

/**
 * The relevance set as the index holds it: the real mapper over each case study and its lead
 * council's facts from the reference data, exactly as the indexer builds documents from MongoDB.
 */
export function relevanceDocuments(
  cases: RelevanceCase[],
  councils: ReturnType<typeof readCouncilReferenceData> = readCouncilReferenceData(),
): SearchDocument[] {
  const councilByCode = new Map(councils.map(council => [council.gssCode, council]))
  return cases.map((item, index) => {
    const council = councilByCode.get(item.councilCode)
    if (!council) throw new Error(`${item.id}: no council ${item.councilCode} in the reference data`)
    const publishedAt = new Date(FIRST_PUBLISHED + index * DAY)
    return toSearchDocument(
      {
        id: item.id,
        slug: slugify(item.title),
        content: contentOf(item),
        evidenceLevel: item.evidenceLevel,
        firstPublishedAt: publishedAt,
        publishedAt,
      },
      {
        gssCode: council.gssCode,
        name: council.name,
        type: council.type,
        nation: council.nation,
        region: council.region,
        population: council.population ?? null,
        ruralUrban: council.ruralUrban ?? null,
      },
      0,
    )
  })
}
