import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { CouncilService } from '../councilService'
import { retiredLicenceKeys } from './licences'

export type LicenceCheck = { caseStudy: CaseStudyData; councilName: string }

/** Network admins: the case studies still carrying a licence no longer offered, for them to fix. */
export function createLicenceCheckService(repository: CaseStudyRepository, councils: CouncilService) {
  return {
    async notOpen(actor: MaybeUser): Promise<LicenceCheck[]> {
      authorise(isNetworkAdmin(actor))
      const caseStudies = await repository.listWithLicences(retiredLicenceKeys())
      return Promise.all(
        caseStudies.map(async caseStudy => ({
          caseStudy,
          councilName: (await councils.findByGssCode(caseStudy.leadCouncilCode))?.name ?? caseStudy.leadCouncilCode,
        })),
      )
    },
  }
}

export type LicenceCheckService = ReturnType<typeof createLicenceCheckService>
