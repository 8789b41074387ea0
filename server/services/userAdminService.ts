import type { UserData, UserRepository } from '../data/userRepository'
import { NotFoundError } from '../errors/httpError'
import type { AuditService, RequestContext } from './auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from './authorisation'
import type { Clock } from './clock'

const PAGE_SIZE = 50

/** What network admins do to accounts. */
export function createUserAdminService(users: UserRepository, audit: AuditService, clock: Clock) {
  return {
    async search(actor: MaybeUser, text: string): Promise<UserData[]> {
      authorise(isNetworkAdmin(actor))
      return users.search(text.trim().toLowerCase(), PAGE_SIZE)
    },

    async setDisabled(actor: MaybeUser, userId: string, disabled: boolean, context: RequestContext): Promise<UserData> {
      authorise(isNetworkAdmin(actor))
      const user = await users.findById(userId)
      if (!user) throw new NotFoundError()
      authorise(!actor?._id.equals(user._id), 'You cannot disable your own account')
      const updated = await users.update(user._id, { disabledAt: disabled ? clock() : null })
      await audit.record(context, {
        action: disabled ? 'account.disabled' : 'account.enabled',
        subjectType: 'user',
        subjectId: user._id.toString(),
      })
      return updated ?? user
    },

    /** For the create-admin command: makes an existing, verified account a network admin. */
    async grantNetworkAdmin(userId: UserData['_id'], context: RequestContext): Promise<void> {
      await users.update(userId, { isNetworkAdmin: true })
      await audit.record(context, {
        action: 'account.network-admin-granted',
        subjectType: 'user',
        subjectId: userId.toString(),
      })
    },
  }
}

export type UserAdminService = ReturnType<typeof createUserAdminService>
