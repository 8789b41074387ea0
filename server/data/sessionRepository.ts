import { Session } from '../../models/Session'

export const sessionRepository = {
  /** Deletes sessions past their expiry; connect-mongo's TTL index is not available on FerretDB v1. */
  async deleteExpired(now = new Date()): Promise<number> {
    const result = await Session.deleteMany({ expires: { $lt: now } }).exec()
    return result.deletedCount
  },
}

export type SessionRepository = typeof sessionRepository
