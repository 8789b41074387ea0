import type { Logger } from 'pino'
import type { SearchIndexTaskData, SearchIndexTaskRepository } from '../data/searchIndexTaskRepository'
import { applyBatch, type Change } from './indexBatch'
import { compareIndex, type IndexDifference } from './indexCheck'
import { expectedDocuments, indexSnapshot, type IndexSource } from './indexDocuments'
import type { SearchEngine } from './searchTypes'

const BATCH = 200
const IDLE_POLL_MS = 200
const MAX_BACKOFF_MS = 60_000
// A task whose version has not landed this long after it was recorded belongs to a write that
// died before its commit point (a version claim goes stale after a minute, see caseStudyRepository).
const ABANDONED_AFTER_MS = 120_000
// A rebuild completes the pending tasks it covers; more than this many pending are left to the loop.
const REBUILD_COMPLETES_UP_TO = 100_000

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
 * Applies the outbox to the index: the due tasks of a batch in one engine upsert and one remove
 * (indexBatch.ts), each case study as it is now (so a task is idempotent and a later one subsumes
 * an earlier one), deleting the tasks only once the index shows them. A failure is retried with
 * exponential back-off; a stopped or killed indexer leaves its tasks in MongoDB and the next one
 * resumes from them, so stop() abandons a round between requests rather than finishing it.
 */
export function createIndexer({ engine, source, tasks, storeIdentity, now, logger }: Dependencies) {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<number> | undefined
  let stopped = true
  let stopping = false

  async function fail(group: SearchIndexTaskData[], error: unknown): Promise<void> {
    const attempts = Math.max(...group.map(task => task.attempts ?? 0)) + 1
    const message = error instanceof Error ? error.message : String(error)
    logger.warn({ err: error, caseStudyId: group[0]?.caseStudyId, attempts }, 'indexing failed; will retry')
    await tasks.fail(
      group.map(task => task._id),
      attempts,
      new Date(now().getTime() + backoffMs(attempts)),
      message,
    )
  }

  /** Applies the due tasks of one batch; returns how many tasks it looked at. */
  async function runOnce(): Promise<number> {
    const batch = await tasks.listOldest(BATCH)
    const due = batch.filter(task => !task.nextAttemptAt || task.nextAttemptAt <= now())
    const groups = new Map<string, SearchIndexTaskData[]>()
    for (const task of due) groups.set(task.caseStudyId, [...(groups.get(task.caseStudyId) ?? []), task])
    const changes: Change[] = []
    for (const [id, group] of groups) {
      if (stopping) return due.length
      const caseStudy = await source.findCaseStudy(id)
      const newest = Math.max(...group.map(task => task.version))
      const oldestAt = Math.min(...group.map(task => task.createdAt.getTime()))
      const landed = !caseStudy || caseStudy.version >= newest
      if (!landed && now().getTime() - oldestAt < ABANDONED_AFTER_MS) continue // its write is still on its way
      changes.push({ id, caseStudy })
    }
    if (changes.length === 0) return due.length
    let outcome
    try {
      outcome = await applyBatch(engine, source, changes, () => stopping)
    } catch (error) {
      for (const { id } of changes) await fail(groups.get(id)!, error)
      return due.length
    }
    if (!outcome) return due.length
    await tasks.complete(outcome.applied.flatMap(id => groups.get(id)!.map(task => task._id)))
    for (const [id, error] of outcome.failed) await fail(groups.get(id)!, error)
    return due.length
  }

  /** Completes the pending tasks a rebuild applied: those of versions no newer than it read. */
  async function completeCovered(versions: Map<string, number>): Promise<void> {
    const pending = await tasks.listOldest(REBUILD_COMPLETES_UP_TO)
    const covered = pending.filter(task => (versions.get(task.caseStudyId) ?? -1) >= task.version)
    if (covered.length) await tasks.complete(covered.map(task => task._id))
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

  function start(): void {
    if (!stopped) return
    stopped = false
    schedule(0)
  }

  /** Stops between engine requests: waits for at most the one in flight. */
  async function stop(): Promise<void> {
    stopped = true
    clearTimeout(timer)
    stopping = true
    try {
      await running
    } finally {
      stopping = false
    }
  }

  return {
    runOnce,

    /** Runs until nothing is due (or `maxRounds` rounds), for scripts and tests. */
    async drain(maxRounds = 1_000): Promise<void> {
      for (let round = 0; round < maxRounds && (await runOnce()) > 0; round++);
    },

    start,
    stop,

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

    /**
     * Rebuilds the whole index from MongoDB, and completes the waiting tasks it covers rather than
     * replaying them one by one after it. The loop pauses meanwhile, so that it cannot write a newer
     * version the rebuild then overwrites with the one it read.
     */
    async reindex(): Promise<number> {
      const wasRunning = !stopped
      await stop()
      try {
        const { batches, versions } = indexSnapshot(source)
        await engine.replaceAll(batches, await storeIdentity())
        await completeCovered(versions)
        return versions.size
      } finally {
        if (wasRunning) start()
      }
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
