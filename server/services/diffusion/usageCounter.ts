import { createHash } from 'node:crypto'
import type { Logger } from 'pino'
import type { DayCount, QueryIncrement, SearchDay, UsageCountRepository } from '../../data/usageCountRepository'
import type { Clock } from '../clock'
import { ukDay } from './days'

// Often enough that a dashboard is at most a few seconds behind, rarely enough that a busy page
// costs one write per flush instead of one per view.
const FLUSH_INTERVAL_MS = 5_000

/**
 * Counts page views and searches in memory and adds them to the store every few seconds and at
 * shutdown. Batched rather than written per request: FerretDB's SQLite backend takes one write at
 * a time, so a write per page view would queue behind (and ahead of) publishers' saves, while a
 * batch turns a burst of views of one page into one $inc. Recording is synchronous and cannot
 * throw, so it never slows or fails a page; a failed flush is logged and its counts dropped (a
 * count is worth less than a retry loop against a store that is down). A crash loses at most the
 * last few seconds' counts.
 */
export function createUsageCounter(repository: UsageCountRepository, clock: Clock, logger: Logger) {
  let views = new Map<string, DayCount>()
  let days = new Map<string, SearchDay>()
  let queries = new Map<string, QueryIncrement>()
  let timer: NodeJS.Timeout | undefined
  let flushing: Promise<void> = Promise.resolve()

  async function write(): Promise<void> {
    const batch = { views, days, queries }
    views = new Map()
    days = new Map()
    queries = new Map()
    try {
      await repository.addViews([...batch.views.values()])
      await repository.addSearches([...batch.days.values()], [...batch.queries.values()])
    } catch (error) {
      logger.error({ err: error }, 'usage counts could not be saved')
    }
  }

  return {
    /** One view of a published case study page. */
    recordView(caseStudyId: string): void {
      const day = ukDay(clock())
      const entry = views.get(`${caseStudyId}:${day}`) ?? { caseStudyId, day, count: 0 }
      views.set(`${caseStudyId}:${day}`, { ...entry, count: entry.count + 1 })
    },

    /** One search typed by a person: its text already scrubbed and normalised, and whether it found nothing. */
    recordSearch(query: string, foundNothing: boolean): void {
      const day = ukDay(clock())
      const zero = foundNothing ? 1 : 0
      const total = days.get(day) ?? { day, searches: 0, zeroResults: 0 }
      days.set(day, { ...total, searches: total.searches + 1, zeroResults: total.zeroResults + zero })
      // A hash keeps the _id short and free of characters an _id should not carry, whatever was typed.
      const key = createHash('sha256').update(query).digest('hex').slice(0, 24)
      const entry = queries.get(`${day}:${key}`) ?? { day, key, query, searches: 0, zeroResults: 0 }
      queries.set(`${day}:${key}`, { ...entry, searches: entry.searches + 1, zeroResults: entry.zeroResults + zero })
    },

    /** Writes what has been counted so far; one flush at a time, in order. Never rejects. */
    flush(): Promise<void> {
      flushing = flushing.then(write)
      return flushing
    },

    start(): void {
      timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS)
      timer.unref()
    },

    /** At shutdown: stops the timer and writes what is left. */
    async stop(): Promise<void> {
      clearInterval(timer)
      await this.flush()
    },
  }
}

export type UsageCounter = ReturnType<typeof createUsageCounter>
