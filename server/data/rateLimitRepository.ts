import { RateLimit, type RateLimitRecord } from '../../models/RateLimit'

export const rateLimitRepository = {
  async find(key: string): Promise<RateLimitRecord | undefined> {
    return (await RateLimit.findById(key).lean<RateLimitRecord>().exec()) ?? undefined
  },

  /** Adds one to the key's count, starting a new window if the old one has passed. */
  async increment(key: string, now: Date, windowMs: number): Promise<RateLimitRecord> {
    const windowStart = new Date(now.getTime() - windowMs)
    const reset = await RateLimit.findOneAndUpdate(
      { _id: key, windowStartedAt: { $lte: windowStart } },
      { $set: { count: 1, windowStartedAt: now, lockedUntil: null } },
      { returnDocument: 'after' },
    )
      .lean<RateLimitRecord>()
      .exec()
    if (reset) return reset
    return RateLimit.findOneAndUpdate(
      { _id: key },
      { $inc: { count: 1 }, $setOnInsert: { windowStartedAt: now, lockedUntil: null } },
      { returnDocument: 'after', upsert: true },
    )
      .lean<RateLimitRecord>()
      .orFail()
      .exec()
  },

  async lock(key: string, until: Date): Promise<void> {
    await RateLimit.updateOne({ _id: key }, { $set: { lockedUntil: until } }).exec()
  },

  async clear(key: string): Promise<void> {
    await RateLimit.deleteOne({ _id: key }).exec()
  },
}

export type RateLimitRepository = typeof rateLimitRepository
