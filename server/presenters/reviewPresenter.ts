import type { CaseStudyData } from '../data/caseStudyRepository'
import type { CouncilData } from '../data/councilRepository'
import { paths } from '../paths'
import { formatDate } from './formatDate'

const DAY = 24 * 60 * 60 * 1000

/** The review queue, oldest first, with how long each has waited at `now`. `councils` names the lead councils. */
export function presentQueue(
  caseStudies: CaseStudyData[],
  councils: readonly Pick<CouncilData, 'gssCode' | 'name'>[],
  now: Date,
) {
  const names = new Map(councils.map(council => [council.gssCode, council.name]))
  return caseStudies.map(caseStudy => {
    const submittedAt = caseStudy.draft?.submittedAt ?? now
    const days = Math.floor((now.getTime() - submittedAt.getTime()) / DAY)
    return {
      title: caseStudy.draft!.content.title,
      href: paths.review.show(caseStudy._id.toString()),
      council: names.get(caseStudy.leadCouncilCode) ?? caseStudy.leadCouncilCode,
      kind: caseStudy.published ? 'Edit to a published case study' : 'New case study',
      submittedOn: formatDate(submittedAt),
      age: days === 0 ? 'Today' : days === 1 ? '1 day' : `${days} days`,
    }
  })
}
