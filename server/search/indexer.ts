import type { Logger } from 'pino'
import type { SearchIndexTaskData, SearchIndexTaskRepository } from '../data/searchIndexTaskRepository'
import { compareIndex, type IndexDifference } from './indexCheck'
import { documentFor, expectedDocuments, indexedAdaptationCount, type IndexSource } from './indexDocuments'
import type { SearchEngine } from './searchTypes'

const BATCH = 200
const IDLE_POLL_MS = 200
const MAX_BACKOFF_MS = 60_000
// A task whose version has not landed this long after it was recorded belongs to a write that
// died before its commit point (a version claim goes stale after a minute, see caseStudyRepository).
const ABANDONED_AFTER_MS = 120_000

export type IndexerStatus = {
  pending: number
  /** How long the oldest pending change has waited, in milliseconds; 0 when nothing waits. */
  lagMs: number
  /** Case studies whose indexing has failed at least once and waits for a retry. */
  failing: number
  lastError: string | undefined
}

type Dependencies = {
  engine: SearchEngine
  source: IndexSource
  tasks: SearchIndexTaskRepository
  storeIdentity: () => Promise<string>
  now: () => Date
  logger: Logger
}

export const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, attempts - 1))

/**
 * Applies the outbox to the index: pending tasks in the order they were recorded, each by reading
 * the case study as it is now (so a task is idempotent and a later one subsumes an earlier one),
 * deleting the task only once the index shows it. A failure is retried with exponential back-off;
 * a killed indexer leaves its tasks in MongoDB and the next one resumes from them.
 */
export function createIndexer({ engine, source, tasks, storeIdentity, now, logger }: Dependencies) {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined
  let stopped = true

  async function syncCaseStudy(id: string): Promise<void> {
    const [before] = await engine.get([id])
    const caseStudy = await source.findCaseStudy(id)
    const document = caseStudy && (await documentFor(source, caseStudy, await indexedAdaptationCount(engine, id)))
    if (document) await engine.upsert([document])
    else if (before) await engine.remove([id])
    // The case studies this one says it adapts (before and after the change) have a new count.
    for (const adaptedId of new Set([before?.adaptedFromId, document?.adaptedFromId])) {
      if (!adaptedId) continue
      const [adapted] = await engine.get([adaptedId])
      const count = await indexedAdaptationCount(engine, adaptedId)
      if (adapted && adapted.adaptedCount !== count) await engine.upsert([{ ...adapted, adaptedCount: count }])
    }
  }

  async function apply(caseStudyId: string, group: SearchIndexTaskData[]): Promise<void> {
    const ids = group.map(task => task._id)
    const caseStudy = await source.findCaseStudy(caseStudyId)
    const newest = Math.max(...group.map(task => task.version))
    const oldestAt = Math.min(...group.map(task => task.createdAt.getTime()))
    const landed = !caseStudy || caseStudy.version >= newest
    if (!landed && now().getTime() - oldestAt < ABANDONED_AFTER_MS) return // its write is still on its way
    try {
      await syncCaseStudy(caseStudyId)
      await tasks.complete(ids)
    } catch (error) {
      const attempts = Math.max(...group.map(task => task.attempts ?? 0)) + 1
      const message = error instanceof Error ? error.message : String(error)
      logger.warn({ err: error, caseStudyId, attempts }, 'indexing failed; will retry')
      await tasks.fail(ids, attempts, new Date(now().getTime() + backoffMs(attempts)), message)
    }
  }

  /** Applies the due tasks of one batch; returns how many tasks it looked at. */
  async function runOnce(): Promise<number> {
    const batch = await tasks.listOldest(BATCH)
    const due = batch.filter(task => !task.nextAttemptAt || task.nextAttemptAt <= now())
    const groups = new Map<string, SearchIndexTaskData[]>()
    for (const task of due) groups.set(task.caseStudyId, [...(groups.get(task.caseStudyId) ?? []), task])
    for (const [caseStudyId, group] of groups) await apply(caseStudyId, group)
    return due.length
  }

  function schedule(delay: number): void {
    if (stopped) return
    timer = setTimeout(() => {
      running = runOnce().catch((error: unknown) => {
        logger.error({ err: error }, 'the search indexer could not read its tasks')
        return 0
      })
      void running.then(done => schedule(done > 0 ? 0 : IDLE_POLL_MS))
    }, delay)
  }

  return {
    runOnce,

    /** Runs until nothing is due (or `maxRounds` rounds), for scripts and tests. */
    async drain(maxRounds = 1_000): Promise<void> {
      for (let round = 0; round < maxRounds && (await runOnce()) > 0; round++);
    },

    start(): void {
      if (!stopped) return
      stopped = false
      schedule(0)
    },

    async stop(): Promise<void> {
      stopped = true
      clearTimeout(timer)
      await running
    },

    async status(): Promise<IndexerStatus> {
      const oldest = await tasks.listOldest(BATCH)
      const first = oldest[0]
      const failingTasks = oldest.filter(task => (task.attempts ?? 0) > 0)
      return {
        pending: oldest.length < BATCH ? oldest.length : await tasks.count(),
        lagMs: first ? Math.max(0, now().getTime() - first.createdAt.getTime()) : 0,
        failing: new Set(failingTasks.map(task => task.caseStudyId)).size,
        lastError: failingTasks.at(-1)?.lastError ?? undefined,
      }
    },

    /** Rebuilds the whole index from MongoDB. */
    async reindex(): Promise<number> {
      const documents = await expectedDocuments(source)
      await engine.replaceAll([documents], await storeIdentity())
      return documents.length
    },

    /**
     * Rebuilds the index if it is missing, empty while MongoDB is not, built from another database,
     * or holds a different number of case studies than MongoDB publishes. Returns why it rebuilt.
     */
    async ensureFresh(): Promise<string | undefined> {
      const status = await engine.status()
      const identity = await storeIdentity()
      const published = await source.countPublished()
      let reason: string | undefined
      if (status.source !== identity) reason = status.source ? 'built from another database' : 'missing'
      else if (status.documents !== published)
        reason = `holds ${status.documents} case studies, MongoDB publishes ${published}`
      if (reason) await this.reindex()
      return reason
    },

    async check(): Promise<IndexDifference[]> {
      return compareIndex(await expectedDocuments(source), await engine.all())
    },
  }
}

export type Indexer = ReturnType<typeof createIndexer>
