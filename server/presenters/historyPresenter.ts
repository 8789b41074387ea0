import type { CaseStudyData, RevisionSummary } from '../data/caseStudyRepository'
import { fieldLabel } from '../../models/vocabulary'
import { govukPagination } from './pagination'
import { paths } from '../paths'
import { formatDateTime } from './formatDate'

/**
 * History rows: each committed revision on the page with who, when, which fields, and whether it
 * was published. `authorNames` maps user ids to names; an author missing from it has been deleted.
 */
export function presentRevisions(
  id: string,
  caseStudy: Pick<CaseStudyData, 'publishedRevisions'>,
  revisions: RevisionSummary[],
  authorNames: ReadonlyMap<string, string>,
) {
  return revisions.map(revision => ({
    number: revision.number,
    at: formatDateTime(revision.at),
    by: revision.by ? (authorNames.get(revision.by.toString()) ?? 'A deleted account') : 'Practice Exchange',
    fields: revision.changedFields.map(fieldLabel),
    published: caseStudy.publishedRevisions.includes(revision.number),
    // Revision numbers run 1, 2, 3...: the one before is there even when it is on the next page.
    compareHref: revision.number > 1 ? paths.publish.compare(id, revision.number - 1, revision.number) : undefined,
  }))
}

/** GOV.UK pagination for the history: first, last, and the pages either side of this one, with gaps. */
export const presentHistoryPagination = (id: string, page: number, pageCount: number) =>
  govukPagination(page, pageCount, number => paths.publish.history(id, number))
