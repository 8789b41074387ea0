import type { CaseStudyData } from '../data/caseStudyRepository'
import { toSearchDocument, type CouncilFacts, type PublishedCaseStudy } from './searchDocument'
import type { SearchDocument, SearchEngine } from './searchTypes'

/** Where the indexer reads the system of record. */
export type IndexSource = {
  findCaseStudy(id: string): Promise<CaseStudyData | undefined>
  publishedInBatches(size: number): AsyncIterable<CaseStudyData[]>
  publishedLineage(): AsyncIterable<{ id: string; adaptedFrom: string }>
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

/** Documents a rebuild writes at a time: a batch, never the catalogue, is in memory. */
const REBUILD_BATCH = 500

/** Every document the index should hold, for check-index (a script: it may hold them all). */
export async function expectedDocuments(source: IndexSource): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = []
  for await (const batch of indexSnapshot(source).batches) documents.push(...batch)
  return documents
}

/**
 * The documents the index should hold, in batches read from a cursor, and the version of each case
 * study they were read at (filled in as the batches are read), so that a rebuild can complete the
 * outbox tasks it has already applied. Adaptation counts come first, from a light pass of ids.
 */
export function indexSnapshot(source: IndexSource): {
  batches: AsyncIterable<SearchDocument[]>
  versions: Map<string, number>
} {
  const versions = new Map<string, number>()
  async function* batches(): AsyncGenerator<SearchDocument[]> {
    const adaptations = new Map<string, number>()
    for await (const { adaptedFrom } of source.publishedLineage())
      if (adaptedFrom) adaptations.set(adaptedFrom, (adaptations.get(adaptedFrom) ?? 0) + 1)
    for await (const caseStudies of source.publishedInBatches(REBUILD_BATCH)) {
      const documents: SearchDocument[] = []
      for (const caseStudy of caseStudies) {
        const id = caseStudy._id.toString()
        const document = await documentFor(source, caseStudy, adaptations.get(id) ?? 0)
        if (document) documents.push(document)
        versions.set(id, caseStudy.version)
      }
      yield documents
    }
  }
  return { batches: batches(), versions }
}
