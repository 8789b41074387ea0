import type { CaseStudyExchangeRepository } from '../../data/caseStudyExchangeRepository'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import type { SearchParams } from '../search/searchRequests'
import type { SearchService } from '../search/searchService'
import { encoders, type ExchangeFormat } from './exchangeFormats'
import { exportRow, OWN_PREFIX } from './exportRow'

// Case studies read from MongoDB at a time: one batch of documents is in memory, whatever the
// size of the export.
const BATCH = 100

type Dependencies = {
  search: Pick<SearchService, 'ids'>
  repository: CaseStudyExchangeRepository
  councils: CouncilService
  clock: Clock
}

/**
 * Exports of any search: the search engine gives the ids of every match in order, then the
 * published versions are read from MongoDB a batch at a time and written as rows. Only published,
 * unarchived case studies are read (and the index holds only those), so drafts and unpublished
 * revisions never reach an export; contacts have no column.
 */
export function createExportService({ search, repository, councils, clock }: Dependencies) {
  async function* rows(ids: string[], format: ExchangeFormat): AsyncGenerator<string> {
    const encode = encoders[format]
    const councilNames = new Map((await councils.all()).map(council => [council.gssCode, council.name]))
    if (encode.header) yield encode.header
    for (let start = 0; start < ids.length; start += BATCH) {
      const caseStudies = await repository.findPublished(ids.slice(start, start + BATCH))
      const originals = caseStudies
        .map(caseStudy => caseStudy.published!.content.adaptedFrom.caseStudyId)
        .filter(Boolean)
      const externalIds = originals.length ? await repository.externalIdsOf(originals) : new Map<string, null>()
      let chunk = ''
      for (const caseStudy of caseStudies) {
        const original = caseStudy.published!.content.adaptedFrom.caseStudyId
        chunk += encode.row(
          exportRow(caseStudy, {
            councilName: councilNames.get(caseStudy.leadCouncilCode) ?? '',
            adaptedFromExternalId: original ? (externalIds.get(original) ?? `${OWN_PREFIX}${original}`) : '',
          }),
        )
      }
      if (chunk) yield chunk
    }
  }

  return {
    /**
     * Finds what to export before anything is sent, so that a search that cannot run (the index
     * being rebuilt) is an error page rather than a broken download; then streams it.
     */
    async prepare(params: SearchParams, format: ExchangeFormat) {
      const ids = await search.ids(params)
      const date = clock().toISOString().slice(0, 10)
      return { count: ids.length, filename: `case-studies-${date}.${format}`, chunks: rows(ids, format) }
    },
  }
}

export type ExportService = ReturnType<typeof createExportService>
