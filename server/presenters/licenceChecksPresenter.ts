import { type CaseStudyContent, STORED_LICENCES, isOpenLicence, labelOf } from '../../models/vocabulary'
import { paths } from '../paths'
import type { LicenceCheck } from '../services/caseStudies/licenceCheckService'
import { describeState } from './taskListPresenter'

const licenceName = (key: string) => labelOf(STORED_LICENCES, key) || 'none chosen'

/** What in one version is not under an open licence: the case study itself, then each document. */
function notOpen(content: CaseStudyContent): string[] {
  return [
    ...(isOpenLicence(content.licence) ? [] : [`Case study: ${licenceName(content.licence)}`]),
    ...content.documents
      .filter(document => !isOpenLicence(document.licence))
      .map(document => `Document “${document.title}”: ${licenceName(document.licence)}`),
  ]
}

/** The licences page's rows: each case study, what is not open, and where to choose again. */
export function presentLicenceChecks(checks: LicenceCheck[]) {
  return checks.map(({ caseStudy, councilName }) => {
    const id = caseStudy._id.toString()
    const { draft, published } = caseStudy
    // The version an edit starts from (as caseStudyEditingService.forEditing): a rejected edit of
    // a published case study is replaced by a fresh copy of the published one.
    const editing = draft && !(draft.reviewState === 'rejected' && published) ? draft.content : published!.content
    const toFix = notOpen(editing)
    const caseStudyLicenceOpen = isOpenLicence(editing.licence)
    return {
      title: editing.title || 'Untitled case study',
      councilName,
      status: describeState(caseStudy),
      notOpen: toFix.length
        ? toFix
        : ['Open licences are chosen in the changes; the published version keeps its old one until they are published'],
      fix: toFix.length
        ? {
            text: caseStudyLicenceOpen ? 'Choose open licences for documents' : 'Choose an open licence',
            href: paths.publish.section(id, caseStudyLicenceOpen ? 'documents' : 'licence'),
          }
        : { text: 'Go to the changes', href: paths.publish.taskList(id) },
      publicHref: published && !caseStudy.archivedAt ? paths.caseStudies.show(caseStudy.slug) : undefined,
    }
  })
}
