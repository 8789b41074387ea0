import type { CaseStudyData } from '../data/caseStudyRepository'
import { toSearchDocument, type CouncilFacts, type PublishedCaseStudy } from './searchDocument'
import type { SearchDocument, SearchEngine } from './searchTypes'

/** Where the indexer reads the system of record. */
export type IndexSource = {
  findCaseStudy(id: string): Promise<CaseStudyData | undefined>
  listPublished(): Promise<CaseStudyData[]>
  countPublished(): Promise<number>
  findCouncil(gssCode: string): Promise<CouncilFacts | undefined>
}

/** The published version of a case study as the index sees it, or undefined if the public cannot see it. */
export function publishedVersion(caseStudy: CaseStudyData | undefined): PublishedCaseStudy | undefined {
  const published = caseStudy?.published
  if (!caseStudy || !published || caseStudy.archivedAt) return undefined
  return {
    id: caseStudy._id.toString(),
    slug: caseStudy.slug,
    content: published.content,
    evidenceLevel: caseStudy.evidenceConfirmation?.level ?? published.content.evidenceLevel,
    firstPublishedAt: published.firstPublishedAt,
    publishedAt: published.publishedAt,
  }
}

const unknownCouncil = (gssCode: string): CouncilFacts => ({
  gssCode,
  name: gssCode,
  type: '',
  nation: '',
  region: '',
  population: null,
  ruralUrban: null,
})

/** How many indexed case studies say they were adapted from this one. */
export async function indexedAdaptationCount(engine: SearchEngine, id: string): Promise<number> {
  const { total } = await engine.search({
    query: { terms: [], phrases: [] },
    filters: {},
    adaptedFromId: id,
    sort: 'newest',
    offset: 0,
    limit: 0,
    facets: false,
  })
  return total
}

export async function documentFor(
  source: IndexSource,
  caseStudy: CaseStudyData,
  adaptedCount: number,
): Promise<SearchDocument | undefined> {
  const published = publishedVersion(caseStudy)
  if (!published) return undefined
  const council = (await source.findCouncil(caseStudy.leadCouncilCode)) ?? unknownCouncil(caseStudy.leadCouncilCode)
  return toSearchDocument(published, council, adaptedCount)
}

/** Every document the index should hold, built from MongoDB in one pass. */
export async function expectedDocuments(source: IndexSource): Promise<SearchDocument[]> {
  return (await indexSnapshot(source)).documents
}

/**
 * The documents the index should hold, and the version of each case study they were read at, so
 * that a rebuild can complete the outbox tasks it has already applied.
 */
export async function indexSnapshot(
  source: IndexSource,
): Promise<{ documents: SearchDocument[]; versions: Map<string, number> }> {
  const caseStudies = (await source.listPublished()).filter(caseStudy => publishedVersion(caseStudy))
  const adaptations = new Map<string, number>()
  for (const caseStudy of caseStudies) {
    const from = caseStudy.published!.content.adaptedFrom.caseStudyId
    if (from) adaptations.set(from, (adaptations.get(from) ?? 0) + 1)
  }
  const documents: SearchDocument[] = []
  const versions = new Map<string, number>()
  for (const caseStudy of caseStudies) {
    const id = caseStudy._id.toString()
    const document = await documentFor(source, caseStudy, adaptations.get(id) ?? 0)
    if (document) documents.push(document)
    versions.set(id, caseStudy.version)
  }
  return { documents, versions }
}
