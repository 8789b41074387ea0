import type { CouncilData } from '../data/councilRepository'
import type { UserData } from '../data/userRepository'
import { activeCouncilOf, isCouncilAdminOf, isNetworkAdmin, isPublisherOf } from '../services/authorisation'

export type CurrentUserView = {
  name: string
  email: string
  isVerified: boolean
  isNetworkAdmin: boolean
  council?: { name: string; slug: string; isAdmin: boolean; isPublisher: boolean }
}

/**
 * The signed-in user as every page's layout sees them. The caller looks up their active council
 * (activeCouncilOf); a council that is not it is ignored, so a stale lookup never grants a link.
 */
export function presentCurrentUser(
  user: UserData,
  council: Pick<CouncilData, 'gssCode' | 'name' | 'slug'> | undefined,
): CurrentUserView {
  const active = council && council.gssCode === activeCouncilOf(user) ? council : undefined
  return {
    name: user.name,
    email: user.email,
    isVerified: Boolean(user.emailVerifiedAt),
    isNetworkAdmin: isNetworkAdmin(user),
    council: active && {
      name: active.name,
      slug: active.slug,
      isAdmin: isCouncilAdminOf(user, active.gssCode),
      isPublisher: isPublisherOf(user, active.gssCode),
    },
  }
}
