import type { Types } from 'mongoose'
import { EmailToken, type EmailTokenPurpose, type EmailTokenRecord } from '../../models/EmailToken'

export const emailTokenRepository = {
  async insert(token: Omit<EmailTokenRecord, 'usedAt' | 'createdAt' | 'updatedAt'>): Promise<void> {
    await EmailToken.create(token)
  },

  async find(hash: string): Promise<EmailTokenRecord | undefined> {
    return (await EmailToken.findById(String(hash)).lean<EmailTokenRecord>().exec()) ?? undefined
  },

  /**
   * Marks the token used if it is unused, unexpired and for this purpose, in one single-document
   * update: two requests racing with the same link cannot both succeed.
   */
  async consume(hash: string, purpose: EmailTokenPurpose, now: Date): Promise<EmailTokenRecord | undefined> {
    const token = await EmailToken.findOneAndUpdate(
      { _id: String(hash), purpose, usedAt: null, expiresAt: { $gt: now } },
      { $set: { usedAt: now } },
      { returnDocument: 'after' },
    )
      .lean<EmailTokenRecord>()
      .exec()
    return token ?? undefined
  },

  async deleteForUser(userId: Types.ObjectId, purpose?: EmailTokenPurpose): Promise<void> {
    await EmailToken.deleteMany(purpose ? { userId, purpose } : { userId }).exec()
  },
}

export type EmailTokenRepository = typeof emailTokenRepository
