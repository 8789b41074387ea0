import type { UserData } from '../data/userRepository'
import { paths } from '../paths'
import { formatDate } from './formatDate'

/** A council's members page: pending requests first (oldest first), then active members by name. */
export function presentMembers(members: UserData[], councilSlug: string, currentUserId: string) {
  const row = (user: UserData) => ({
    id: user._id.toString(),
    name: user.name,
    email: user.email,
    requestedOn: user.membership ? formatDate(user.membership.requestedAt) : '',
    isPublisher: Boolean(user.membership?.isPublisher),
    isCouncilAdmin: Boolean(user.membership?.isCouncilAdmin),
    isYou: user._id.toString() === currentUserId,
    decideAction: paths.councils.decide(councilSlug, user._id.toString()),
    rolesAction: paths.councils.roles(councilSlug, user._id.toString()),
  })
  const pending = members
    .filter(user => user.membership?.status === 'pending')
    .sort((a, b) => (a.membership?.requestedAt.getTime() ?? 0) - (b.membership?.requestedAt.getTime() ?? 0))
  return {
    pending: pending.map(row),
    active: members.filter(user => user.membership?.status === 'active' && !user.disabledAt).map(row),
  }
}
