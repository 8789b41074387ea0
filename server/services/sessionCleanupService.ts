import type { Logger } from 'pino'
import type { SessionRepository } from '../data/sessionRepository'

// Often enough that the sessions collection stays small; rarely enough to cost nothing.
const CLEANUP_INTERVAL_MS = 10 * 60 * 1000

/**
 * Deletes what has expired, on a timer of our own: FerretDB v1 has no TTL indexes. Sessions, and
 * the rate limiter's tickets of windows that have passed.
 */
export function createSessionCleanupService(
  sessions: SessionRepository,
  logger: Logger,
  rateLimitTickets?: { deleteExpired(now: Date): Promise<number> },
) {
  let timer: NodeJS.Timeout | undefined

  async function runOnce(): Promise<number> {
    const deleted = await sessions.deleteExpired()
    if (deleted > 0) logger.info({ deleted }, 'deleted expired sessions')
    const tickets = (await rateLimitTickets?.deleteExpired(new Date())) ?? 0
    if (tickets > 0) logger.info({ deleted: tickets }, 'deleted expired rate-limit tickets')
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
