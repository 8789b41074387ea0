import type { CaseStudyData } from '../../data/caseStudyRepository'
import type { UserRepository } from '../../data/userRepository'
import { curatorEmails } from '../../mail/curatorEmails'
import type { Mailer } from '../../mail/mailer'
import { paths } from '../../paths'
import type { CouncilService } from '../councilService'

type Dependencies = { users: UserRepository; councils: CouncilService; mailer: Mailer; publicBaseUrl: string }

/** Tells curators (every network admin) that a case study waits for them. */
export function createCuratorNotifications({ users, councils, mailer, publicBaseUrl }: Dependencies) {
  return {
    async submitted(caseStudy: CaseStudyData, title: string, resubmitted: boolean): Promise<void> {
      const council = await councils.findByGssCode(caseStudy.leadCouncilCode)
      const link = `${publicBaseUrl}${paths.review.show(caseStudy._id.toString())}`
      for (const curator of await users.listNetworkAdmins())
        await mailer.send(
          curatorEmails.submitted(curator.email, title, council?.name ?? caseStudy.leadCouncilCode, resubmitted, link),
        )
    },
  }
}

export type CuratorNotifications = ReturnType<typeof createCuratorNotifications>
