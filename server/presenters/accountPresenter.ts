import type { CouncilData } from '../data/councilRepository'
import type { UserData } from '../data/userRepository'
import { isCouncilAdminOf, isPublisherOf } from '../services/authorisation'

export type AccountView = {
  name: string
  email: string
  emailVerified: boolean
  roles: string[]
  council?: { name: string; slug: string; status: 'pending' | 'active' | 'declined' }
  domainChoices: { code: string; name: string }[]
  canManageMembers: boolean
}

type CouncilRef = Pick<CouncilData, 'gssCode' | 'name' | 'slug'>

/**
 * The account page's view of a user: their council, membership status and roles in words.
 * `councils` is any list holding the user's councils (the caller passes them all, which are cached).
 */
export function presentAccount(user: UserData, councils: readonly CouncilRef[]): AccountView {
  const byCode = new Map(councils.map(council => [council.gssCode, council]))
  const membership = user.membership
  const council = membership ? byCode.get(membership.councilCode) : undefined
  const roles: string[] = []
  if (council && membership?.status === 'active' && user.emailVerifiedAt) {
    roles.push('Officer')
    if (isPublisherOf(user, council.gssCode)) roles.push('Publisher')
    if (isCouncilAdminOf(user, council.gssCode)) roles.push('Council admin')
  }
  if (user.isNetworkAdmin && user.emailVerifiedAt) roles.push('Network admin')
  const choices = user.domainCouncilChoices.map(code => byCode.get(code))
  return {
    name: user.name,
    email: user.email,
    emailVerified: Boolean(user.emailVerifiedAt),
    roles,
    council: council && membership ? { name: council.name, slug: council.slug, status: membership.status } : undefined,
    domainChoices: choices.flatMap(choice => (choice ? [{ code: choice.gssCode, name: choice.name }] : [])),
    canManageMembers: Boolean(council && isCouncilAdminOf(user, council.gssCode)),
  }
}
