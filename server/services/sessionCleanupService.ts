import type { Logger } from 'pino'
import type { SessionRepository } from '../data/sessionRepository'

// Often enough that the sessions collection stays small; rarely enough to cost nothing.
const CLEANUP_INTERVAL_MS = 10 * 60 * 1000

/** Something else that expires: what it is (for the log) and how to delete it, returning how many went. */
export type Expiring = { what: string; deleteExpired(now: Date): Promise<number> }

/**
 * Deletes what has expired, on a timer of our own: FerretDB v1 has no TTL indexes. Sessions, and
 * whatever else is given: the rate limiter's tickets of windows that have passed, and uploads a
 * stopped process left pending.
 */
export function createSessionCleanupService(sessions: SessionRepository, logger: Logger, others: Expiring[] = []) {
  let timer: NodeJS.Timeout | undefined

  async function runOnce(): Promise<number> {
    const deleted = await sessions.deleteExpired()
    if (deleted > 0) logger.info({ deleted }, 'deleted expired sessions')
    for (const other of others) {
      const count = await other.deleteExpired(new Date())
      if (count > 0) logger.info({ deleted: count }, `deleted expired ${other.what}`)
    }
    return deleted
  }

  return {
    runOnce,
    start(): void {
      timer = setInterval(() => {
        runOnce().catch((error: unknown) => logger.warn({ err: error }, 'expired-session clean-up failed'))
      }, CLEANUP_INTERVAL_MS)
      timer.unref()
    },
    stop(): void {
      clearInterval(timer)
    },
  }
}

export type SessionCleanupService = ReturnType<typeof createSessionCleanupService>
