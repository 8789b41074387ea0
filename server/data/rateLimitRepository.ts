import { randomBytes } from 'node:crypto'
import { RateLimit } from '../../models/RateLimit'
import { RateLimitTicket } from '../../models/RateLimitTicket'
import { isDuplicateKey } from './duplicateKey'

export type RateLimitEntry = { count: number; lockedUntil: Date | null }

type KeyRecord = { lockedUntil?: Date | null; generation?: string }

/**
 * Attempts are counted as tickets numbered 1, 2, 3, ... in fixed windows (the window a moment falls
 * in is the same for every process, so no two processes can disagree on when it started). Each
 * attempt takes the lowest free number by inserting it: numbers are taken in order, so the highest
 * taken is found by probing lookups by _id (exponential, then binary search) and the next one
 * inserted; a number another attempt took first is a duplicate key, and the next is tried. At most
 * `cap` + 1 are counted: past the limit every attempt is over it anyway.
 */
/** The highest ticket number taken under the prefix (at most `over`): double until one is free, then halve the gap. */
async function highestTaken(prefix: string, over: number): Promise<number> {
  const taken = (n: number) => RateLimitTicket.exists({ _id: `${prefix}${n}` }).then(found => found !== null)
  let highest = 0
  let free = 1
  while (free <= over && (await taken(free))) {
    highest = free
    free *= 2
  }
  free = Math.min(free, over + 1)
  while (free - highest > 1) {
    const middle = (highest + free) >> 1
    if (await taken(middle)) highest = middle
    else free = middle
  }
  return highest
}

export const rateLimitRepository = {
  async lockedUntil(key: string): Promise<Date | null> {
    const record = await RateLimit.findById(key).lean<KeyRecord>().exec()
    return record?.lockedUntil ?? null
  },

  /**
   * Counts one attempt at `now`; returns how many the key has made in this window and the one
   * before (at most cap + 1). Counting the window before too means attempts are never undercounted
   * across a boundary: any run of attempts within one window's length is counted whole.
   */
  async increment(key: string, now: Date, windowMs: number, cap: number): Promise<RateLimitEntry> {
    const record = await RateLimit.findById(key).lean<KeyRecord>().exec()
    const lockedUntil = record?.lockedUntil ?? null
    const windowStart = Math.floor(now.getTime() / windowMs) * windowMs
    const prefix = (start: number) => `${key}#${record?.generation ?? '0'}#${start}#`
    const over = cap + 1
    const before = await highestTaken(prefix(windowStart - windowMs), over)
    if (before >= over) return { count: over, lockedUntil }
    const current = prefix(windowStart)
    const expiresAt = new Date(windowStart + 2 * windowMs)
    for (let number = (await highestTaken(current, over)) + 1; number <= over - before; number++) {
      try {
        await RateLimitTicket.create({ _id: `${current}${number}`, expiresAt })
        return { count: before + number, lockedUntil }
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
      }
    }
    return { count: over, lockedUntil }
  },

  async lock(key: string, until: Date): Promise<void> {
    await RateLimit.updateOne({ _id: key }, { $set: { lockedUntil: until } }, { upsert: true }).exec()
  },

  /** Forgets the key's attempts and lock: later attempts count under a new generation. */
  async clear(key: string): Promise<void> {
    await RateLimit.updateOne(
      { _id: key },
      { $set: { lockedUntil: null, generation: randomBytes(6).toString('hex') } },
      { upsert: true },
    ).exec()
  },

  /** Deletes tickets of windows that have passed (a periodic clean-up: it reads the whole collection). */
  async deleteExpired(now: Date): Promise<number> {
    const { deletedCount } = await RateLimitTicket.deleteMany({ expiresAt: { $lt: now } }).exec()
    return deletedCount
  },
}

export type RateLimitRepository = typeof rateLimitRepository
