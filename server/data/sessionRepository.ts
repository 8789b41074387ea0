import { Session } from '../../models/Session'

export const sessionRepository = {
  /** Deletes sessions past their expiry; connect-mongo's TTL index is not available on FerretDB v1. */
  /**
   * Signs a user out everywhere (but `keepSessionId`, the session making the change). Sessions are
   * stored as JSON text by connect-mongo, so this matches the passport user id inside it: a scan,
   * fine for something done only when a password changes.
   */
  async deleteForUser(userId: string, keepSessionId?: string | null): Promise<number> {
    if (!/^[0-9a-f]{24}$/.test(userId)) return 0
    const filter: Record<string, unknown> = { session: { $regex: `"passport":\\{"user":"${userId}"\\}` } }
    if (keepSessionId) filter._id = { $ne: String(keepSessionId) }
    const result = await Session.deleteMany(filter).exec()
    return result.deletedCount
  },

  async deleteExpired(now = new Date()): Promise<number> {
    const result = await Session.deleteMany({ expires: { $lt: now } }).exec()
    return result.deletedCount
  },
}

export type SessionRepository = typeof sessionRepository
