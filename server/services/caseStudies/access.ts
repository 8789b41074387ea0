import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import { NotFoundError } from '../../errors/httpError'
import { isNetworkAdmin, isPublisherOf, type MaybeUser } from '../authorisation'

/** Publishers of the lead council and network admins may edit a case study and see its drafts. */
export const canEdit = (user: MaybeUser, caseStudy: Pick<CaseStudyData, 'leadCouncilCode'>) =>
  isPublisherOf(user, caseStudy.leadCouncilCode) || isNetworkAdmin(user)

/**
 * The case study, if this user may work on it. Anyone else gets 404, not 403: whether another
 * council has a draft is not theirs to know, even by guessing ids.
 */
export async function editableCaseStudy(
  repository: CaseStudyRepository,
  user: MaybeUser,
  id: string,
): Promise<CaseStudyData> {
  const caseStudy = await repository.findById(id)
  if (!caseStudy || !canEdit(user, caseStudy)) throw new NotFoundError()
  return caseStudy
}
