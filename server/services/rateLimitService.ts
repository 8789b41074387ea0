import type { RateLimitRepository } from '../data/rateLimitRepository'
import type { Clock } from './clock'

export type RateLimitRule = { limit: number; windowMs: number; lockMs?: number }

const MINUTE = 60_000

// Limits chosen so a person who mistypes never meets them and a script meets them fast. Windows
// are fixed (a quarter of an hour, an hour...) and counted exactly under any number of parallel
// requests (server/data/rateLimitRepository.ts).
export const RATE_LIMITS = {
  /** Wrong passwords for one email: the 6th attempt within 15 minutes is refused for 15 minutes. */
  signInFailuresPerEmail: { limit: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  signInPerIp: { limit: 100, windowMs: 15 * MINUTE },
  resetPerEmail: { limit: 3, windowMs: 60 * MINUTE },
  resetPerIp: { limit: 20, windowMs: 60 * MINUTE },
  verificationPerEmail: { limit: 3, windowMs: 60 * MINUTE },
  verificationPerIp: { limit: 20, windowMs: 60 * MINUTE },
  tokenLinkPerIp: { limit: 30, windowMs: 15 * MINUTE },
  createAccountPerIp: { limit: 20, windowMs: 60 * MINUTE },
  joinRequestsPerUser: { limit: 5, windowMs: 24 * 60 * MINUTE },
  /** Ask-the-team questions: 10 a day per officer, so a team is never flooded through us. */
  enquiriesPerSender: { limit: 10, windowMs: 24 * 60 * MINUTE },
} satisfies Record<string, RateLimitRule>

export function createRateLimitService(limits: RateLimitRepository, clock: Clock) {
  return {
    /** When the key is locked out, the time it unlocks; otherwise undefined. */
    async lockedUntil(key: string): Promise<Date | undefined> {
      const until = await limits.lockedUntil(key)
      return until && until > clock() ? until : undefined
    },

    /** Counts one attempt; returns false once the key is over its limit for the window. */
    async attempt(key: string, rule: RateLimitRule): Promise<boolean> {
      const now = clock()
      const entry = await limits.increment(key, now, rule.windowMs, rule.limit)
      if (entry.count <= rule.limit) return true
      if (rule.lockMs && !(entry.lockedUntil && entry.lockedUntil > now)) {
        await limits.lock(key, new Date(now.getTime() + rule.lockMs))
      }
      return false
    },

    /** Counts a failure; locks the key once failures reach the limit. Returns whether it is now locked. */
    async recordFailure(key: string, rule: RateLimitRule): Promise<boolean> {
      const now = clock()
      const entry = await limits.increment(key, now, rule.windowMs, rule.limit)
      if (entry.count < rule.limit) return false
      await limits.lock(key, new Date(now.getTime() + (rule.lockMs ?? rule.windowMs)))
      return true
    },

    clear: (key: string) => limits.clear(key),
  }
}

export type RateLimitService = ReturnType<typeof createRateLimitService>
