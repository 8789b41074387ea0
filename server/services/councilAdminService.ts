import type { CouncilData } from '../data/councilRepository'
import type { UserRepository } from '../data/userRepository'
import { authorise, isNetworkAdmin, type MaybeUser } from './authorisation'
import type { CouncilService } from './councilService'

export const COUNCILS_PER_PAGE = 50

export type CouncilMembershipRow = { council: CouncilData; members: number; pending: number }

/** Network admins' view of every council's membership: how many members and waiting requests each has. */
export function createCouncilAdminService(councils: CouncilService, users: UserRepository) {
  return {
    async overview(actor: MaybeUser, query: string, page: number) {
      authorise(isNetworkAdmin(actor))
      const counts = new Map<string, { members: number; pending: number }>()
      for (const { membership } of await users.listMemberships()) {
        const count = counts.get(membership.councilCode) ?? { members: 0, pending: 0 }
        if (membership.status === 'active') count.members += 1
        if (membership.status === 'pending') count.pending += 1
        counts.set(membership.councilCode, count)
      }
      const text = query.trim().toLowerCase()
      // councils.all() is already in name order.
      const rows: CouncilMembershipRow[] = (await councils.all())
        .filter(council => !text || council.name.toLowerCase().includes(text))
        .map(council => ({ council, ...(counts.get(council.gssCode) ?? { members: 0, pending: 0 }) }))
      const pageCount = Math.max(1, Math.ceil(rows.length / COUNCILS_PER_PAGE))
      const start = (page - 1) * COUNCILS_PER_PAGE
      return { rows: rows.slice(start, start + COUNCILS_PER_PAGE), total: rows.length, page, pageCount }
    },
  }
}

export type CouncilAdminService = ReturnType<typeof createCouncilAdminService>
