import type { UserData } from '../data/userRepository'
import { isCouncilAdminOf, isPublisherOf } from '../services/authorisation'
import type { CouncilService } from '../services/councilService'

export type AccountView = {
  name: string
  email: string
  emailVerified: boolean
  roles: string[]
  council?: { name: string; slug: string; status: 'pending' | 'active' | 'declined' }
  domainChoices: { code: string; name: string }[]
  canManageMembers: boolean
}

/** The account page's view of a user: their council, membership status and roles in words. */
export async function presentAccount(
  user: UserData,
  councils: Pick<CouncilService, 'findByGssCode'>,
): Promise<AccountView> {
  const membership = user.membership
  const council = membership ? await councils.findByGssCode(membership.councilCode) : undefined
  const roles: string[] = []
  if (council && membership?.status === 'active' && user.emailVerifiedAt) {
    roles.push('Officer')
    if (isPublisherOf(user, council.gssCode)) roles.push('Publisher')
    if (isCouncilAdminOf(user, council.gssCode)) roles.push('Council admin')
  }
  if (user.isNetworkAdmin && user.emailVerifiedAt) roles.push('Network admin')
  const choices = await Promise.all(user.domainCouncilChoices.map(code => councils.findByGssCode(code)))
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
