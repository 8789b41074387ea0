import { toSearchDocument } from '../../server/search/searchDocument'
import type { SearchDocument } from '../../server/search/searchTypes'
import { readCouncilReferenceData } from '../../server/services/referenceData/councilReferenceData'
import { corpusCaseStudies, type CorpusOptions } from './corpusGenerator'

/**
 * A corpus as search documents, without a database: for search engine tests and benchmarks. The
 * councils default to the reference data; adaptation counts are the corpus's own, as the indexer
 * counts them from MongoDB.
 */
export function corpusSearchDocuments(
  options: Omit<CorpusOptions, 'councils'> & Partial<Pick<CorpusOptions, 'councils'>>,
): SearchDocument[] {
  return [...corpusSearchDocumentBatches({ ...options, batchSize: options.count })].flat()
}

/**
 * The same documents in batches, generated as they are read: for building an index of 100,000
 * without holding them all, as a rebuild reads MongoDB from a cursor. The corpus is generated twice
 * (it is deterministic): once to count adaptations, once for the documents.
 */
export function* corpusSearchDocumentBatches({
  councils = readCouncilReferenceData(),
  batchSize = 1_000,
  ...options
}: Omit<CorpusOptions, 'councils'> & Partial<Pick<CorpusOptions, 'councils'>> & { batchSize?: number }): Generator<
  SearchDocument[]
> {
  const adaptations = new Map<string, number>()
  for (const { content } of corpusCaseStudies({ ...options, councils })) {
    const from = content.adaptedFrom.caseStudyId
    if (from) adaptations.set(from, (adaptations.get(from) ?? 0) + 1)
  }
  const councilByCode = new Map(councils.map(council => [council.gssCode, council]))
  let batch: SearchDocument[] = []
  for (const caseStudy of corpusCaseStudies({ ...options, councils })) {
    const council = councilByCode.get(caseStudy.councilCode)
    batch.push(
      toSearchDocument(
        caseStudy,
        {
          gssCode: caseStudy.councilCode,
          name: council?.name ?? caseStudy.councilCode,
          type: council?.type ?? '',
          nation: council?.nation ?? '',
          region: council?.region ?? '',
          population: council?.population ?? null,
          ruralUrban: council?.ruralUrban ?? null,
        },
        adaptations.get(caseStudy.id) ?? 0,
      ),
    )
    if (batch.length === batchSize) {
      yield batch
      batch = []
    }
  }
  if (batch.length) yield batch
}
