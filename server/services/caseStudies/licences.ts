import { type CaseStudyContent, LICENCES, RETIRED_LICENCES, isOpenLicence, keysOf } from '../../../models/vocabulary'
import { HttpError } from '../../errors/httpError'

// Reuse is the point of the catalogue, so a case study and its documents go out under an open
// licence. Records from before only open licences were offered keep theirs until someone
// chooses again; these rules say what must change before they can be submitted or published.

export const OPEN_LICENCE_NAMES = Object.values(LICENCES)
  .map(licence => licence.label)
  .join(' or ')

/** The licences no longer offered, which a stored record may still carry. */
export const retiredLicenceKeys = () => keysOf(RETIRED_LICENCES)

export type LicenceProblem = { sectionId: 'licence' | 'documents'; text: string }

export const CHOOSE_OPEN_LICENCE = `Select an open licence for this case study: ${OPEN_LICENCE_NAMES}`

/** What stops this content going out under open licences, in task-list order; none when it can. */
export function licenceProblems(content: CaseStudyContent): LicenceProblem[] {
  const problems: LicenceProblem[] = content.documents.flatMap((document, index) =>
    isOpenLicence(document.licence)
      ? []
      : [
          {
            sectionId: 'documents' as const,
            text: `Select an open licence for document ${index + 1}, “${document.title}”: ${OPEN_LICENCE_NAMES}`,
          },
        ],
  )
  // An empty licence is a section left unanswered: the submit check says so on its own.
  if (content.licence && !isOpenLicence(content.licence))
    problems.push({ sectionId: 'licence', text: CHOOSE_OPEN_LICENCE })
  return problems
}

/** Publishing content that still carries a licence no longer offered: the problems say what to change. */
export class LicenceNotOpenError extends HttpError {
  constructor(readonly problems: LicenceProblem[]) {
    super(400, problems.map(problem => problem.text).join('. '))
    this.name = 'LicenceNotOpenError'
  }
}
