import type { UserData } from '../data/userRepository'
import { activeCouncilOf, isCouncilAdminOf, isNetworkAdmin, isPublisherOf } from '../services/authorisation'
import type { CouncilService } from '../services/councilService'

export type CurrentUserView = {
  name: string
  email: string
  isVerified: boolean
  isNetworkAdmin: boolean
  council?: { name: string; slug: string; isAdmin: boolean; isPublisher: boolean }
}

export async function presentCurrentUser(
  user: UserData,
  councils: Pick<CouncilService, 'findByGssCode'>,
): Promise<CurrentUserView> {
  const code = activeCouncilOf(user)
  const council = code ? await councils.findByGssCode(code) : undefined
  return {
    name: user.name,
    email: user.email,
    isVerified: Boolean(user.emailVerifiedAt),
    isNetworkAdmin: isNetworkAdmin(user),
    council: council && {
      name: council.name,
      slug: council.slug,
      isAdmin: isCouncilAdminOf(user, council.gssCode),
      isPublisher: isPublisherOf(user, council.gssCode),
    },
  }
}
