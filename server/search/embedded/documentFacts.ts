import { FACETS, type SearchDocument } from '../searchTypes'

/** What the table keeps of a document: its facets and the numbers results sort by. */
export type DocumentFacts = Pick<
  SearchDocument,
  (typeof FACETS)[number] | 'id' | 'councilCode' | 'adaptedFromId' | 'publishedAt' | 'updatedAt' | 'adaptedCount'
>

export function documentFacts(document: SearchDocument): DocumentFacts {
  const facts: Record<string, unknown> = {
    id: document.id,
    councilCode: document.councilCode,
    adaptedFromId: document.adaptedFromId,
    publishedAt: document.publishedAt,
    updatedAt: document.updatedAt,
    adaptedCount: document.adaptedCount,
  }
  for (const facet of FACETS) facts[facet] = document[facet]
  return facts as DocumentFacts
}
