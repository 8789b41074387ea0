import { toSearchDocument } from '../../search/searchDocument'
import type { SearchDocument } from '../../search/searchTypes'
import { readCouncilReferenceData } from '../referenceData/councilReferenceData'
import { generateCorpus, type CorpusOptions } from './corpusGenerator'

/**
 * A corpus as search documents, without a database: for search engine tests and benchmarks. The
 * councils default to the reference data; adaptation counts are the corpus's own, as the indexer
 * counts them from MongoDB.
 */
export function corpusSearchDocuments({
  councils = readCouncilReferenceData(),
  ...options
}: Omit<CorpusOptions, 'councils'> & Partial<Pick<CorpusOptions, 'councils'>>): SearchDocument[] {
  const corpus = generateCorpus({ ...options, councils })
  const councilByCode = new Map(councils.map(council => [council.gssCode, council]))
  const adaptations = new Map<string, number>()
  for (const { content } of corpus) {
    const from = content.adaptedFrom.caseStudyId
    if (from) adaptations.set(from, (adaptations.get(from) ?? 0) + 1)
  }
  return corpus.map(caseStudy => {
    const council = councilByCode.get(caseStudy.councilCode)
    return toSearchDocument(
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
    )
  })
}
