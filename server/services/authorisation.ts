import type { UserData } from '../data/userRepository'
import { ForbiddenError } from '../errors/httpError'

// Every rule about who may do what lives here, so services and the authorisation matrix test
// read the same definitions.
export type MaybeUser = UserData | undefined | null

export const isActive = (user: MaybeUser): user is UserData => Boolean(user && !user.disabledAt)
export const isVerified = (user: MaybeUser): user is UserData => isActive(user) && Boolean(user.emailVerifiedAt)
export const isNetworkAdmin = (user: MaybeUser): boolean => isVerified(user) && user.isNetworkAdmin

export const activeCouncilOf = (user: MaybeUser): string | undefined =>
  isVerified(user) && user.membership?.status === 'active' ? user.membership.councilCode : undefined

export const isOfficerOf = (user: MaybeUser, councilCode: string): boolean => activeCouncilOf(user) === councilCode
export const isPublisherOf = (user: MaybeUser, councilCode: string): boolean =>
  isOfficerOf(user, councilCode) && Boolean(user?.membership?.isPublisher)
export const isCouncilAdminOf = (user: MaybeUser, councilCode: string): boolean =>
  isOfficerOf(user, councilCode) && Boolean(user?.membership?.isCouncilAdmin)

/**
 * Contact details are personal data: only signed-in, verified officers of a council (any council)
 * may see them. Everything that shows a case study asks this, so a new caller cannot forget it.
 */
export const maySeeContacts = (user: MaybeUser): boolean => Boolean(activeCouncilOf(user))

/** Council admins manage their own council's members; network admins manage every council's. */
export const canManageMembersOf = (user: MaybeUser, councilCode: string): boolean =>
  isCouncilAdminOf(user, councilCode) || isNetworkAdmin(user)

export function authorise(allowed: boolean, message?: string): asserts allowed {
  if (!allowed) throw new ForbiddenError(message)
}

/** Saving case studies and searches, with email alerts: any signed-in user with a confirmed address. */
export const mayFollow = (user: MaybeUser): user is UserData => isVerified(user)
