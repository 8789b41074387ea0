import type { CaseStudyData } from '../data/caseStudyRepository'
import { paths } from '../paths'
import type { CouncilService } from '../services/councilService'
import { formatDate } from './formatDate'

const DAY = 24 * 60 * 60 * 1000

/** The review queue, oldest first, with how long each has waited. */
export async function presentQueue(
  caseStudies: CaseStudyData[],
  councils: Pick<CouncilService, 'findByGssCode'>,
  now = new Date(),
) {
  return Promise.all(
    caseStudies.map(async caseStudy => {
      const submittedAt = caseStudy.draft?.submittedAt ?? now
      const days = Math.floor((now.getTime() - submittedAt.getTime()) / DAY)
      return {
        title: caseStudy.draft!.content.title,
        href: paths.review.show(caseStudy._id.toString()),
        council: (await councils.findByGssCode(caseStudy.leadCouncilCode))?.name ?? caseStudy.leadCouncilCode,
        kind: caseStudy.published ? 'Edit to a published case study' : 'New case study',
        submittedOn: formatDate(submittedAt),
        age: days === 0 ? 'Today' : days === 1 ? '1 day' : `${days} days`,
      }
    }),
  )
}
