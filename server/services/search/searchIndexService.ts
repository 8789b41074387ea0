import type { Logger } from 'pino'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { IndexerLeaseRepository } from '../../data/indexerLeaseRepository'
import type { SearchIndexTaskRepository } from '../../data/searchIndexTaskRepository'
import type { SearchSettingRepository } from '../../data/searchSettingRepository'
import { SearchUnavailableError } from '../../errors/searchUnavailableError'
import { applyBatch } from '../../search/indexBatch'
import type { IndexSource } from '../../search/indexDocuments'
import { createIndexer } from '../../search/indexer'
import { SearchIndexCorruptError } from '../../search/searchErrors'
import type { SearchEngine } from '../../search/searchTypes'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import { guardedEngine } from './guardedEngine'
import { createIndexerLease, IndexerLeaseHeldError, type LeaseHolder } from './indexerLease'
import type { SynonymService } from './synonymService'

// A crashed indexer's lease lapses after this; the holder renews it three times as often.
const LEASE_MS = 15_000

export type SearchHealth = 'ok' | 'rebuilding' | 'unavailable'

type Dependencies = {
  engine: SearchEngine
  repository: CaseStudyRepository
  tasks: SearchIndexTaskRepository
  leases: IndexerLeaseRepository
  settings: SearchSettingRepository
  councils: CouncilService
  synonyms: SynonymService
  clock: Clock
  logger: Logger
  leaseMs?: number
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms).unref())

/**
 * The index's life: opening it (rebuilding if stale), keeping it in step under the indexer lease
 * (one indexer per database, see indexerLease.ts), healing it when damaged, rebuilding and checking it.
 *
 * Healing: the engine reports damage as SearchIndexCorruptError, whether found when opening or by
 * any later request (guardedEngine.ts). The index is then set aside (engine.discard()) and rebuilt
 * from MongoDB; meanwhile `health()` says 'rebuilding' and searches answer SearchUnavailableError.
 */
export function createSearchIndexService(deps: Dependencies) {
  const { councils, clock, logger } = deps
  const raw = deps.engine
  const leaseMs = deps.leaseMs ?? LEASE_MS
  // The embedded index lives in this process's DATA_DIR: another process's indexer never updates it.
  const indexIsLocal = raw.name === 'embedded'
  let health: SearchHealth = 'ok'
  let healing: Promise<void> | undefined
  const engine = guardedEngine(raw, {
    available: () => health !== 'rebuilding',
    onCorrupt: error => void heal(error),
  })
  const source: IndexSource = {
    findCaseStudy: id => deps.repository.findById(id),
    publishedInBatches: size => deps.repository.publishedInBatches(size),
    publishedLineage: () => deps.repository.publishedLineage(),
    countPublished: () => deps.repository.countPublished(),
    async findCouncil(gssCode) {
      const council = await councils.findByGssCode(gssCode)
      return (
        council && {
          gssCode: council.gssCode,
          name: council.name,
          type: council.type,
          nation: council.nation,
          region: council.region,
          population: council.population ?? null,
          ruralUrban: council.ruralUrban ?? null,
        }
      )
    },
  }
  const indexer = createIndexer({
    engine,
    source,
    tasks: deps.tasks,
    storeIdentity: () => deps.settings.storeIdentity(clock()),
    now: clock,
    logger,
  })
  const lease = createIndexerLease(deps.leases, leaseMs)
  let opening: Promise<void> | undefined
  let readying: Promise<void> | undefined
  let started = false
  let indexing = false
  let leaseTimer: NodeJS.Timeout | undefined

  /** Opens the engine once, with its synonyms; a file damaged beyond opening is set aside for an empty one. */
  function open(): Promise<void> {
    opening ??= (async () => {
      try {
        await raw.open()
      } catch (error) {
        if (!(error instanceof SearchIndexCorruptError) || !raw.discard) throw error
        logger.error({ err: error }, 'the search index is damaged: set aside, rebuilding it from MongoDB')
        await raw.discard()
        await raw.open()
      }
      await deps.synonyms.load()
    })().catch((error: unknown) => {
      opening = undefined // let the next request try again, e.g. once the store is back
      throw error
    })
    return opening
  }

  /** Opens the engine and rebuilds it from MongoDB if it is out of date: before serving searches. */
  function ready(): Promise<void> {
    if (health === 'rebuilding') return Promise.reject(new SearchUnavailableError())
    readying ??= (async () => {
      await open()
      const rebuiltBecause = await indexer.ensureFresh()
      if (rebuiltBecause) logger.info({ engine: raw.name, rebuiltBecause }, 'search index rebuilt')
      health = 'ok'
    })().catch((error: unknown) => {
      readying = undefined
      if (error instanceof SearchIndexCorruptError) {
        void heal(error)
        throw new SearchUnavailableError(error)
      }
      throw error
    })
    return readying
  }

  /** Sets the damaged index aside and rebuilds it, once however many requests found the damage. */
  function heal(cause: SearchIndexCorruptError): Promise<void> {
    healing ??= (async () => {
      health = 'rebuilding'
      logger.error({ err: cause }, 'the search index is damaged: set aside, rebuilding it from MongoDB')
      try {
        await indexer.stop()
        if (raw.discard) await raw.discard()
        else await raw.close()
        opening = undefined
        await open()
        const count = await indexer.reindex()
        readying = Promise.resolve()
        health = 'ok'
        logger.info({ engine: raw.name, documents: count }, 'search index rebuilt after damage')
      } catch (error) {
        health = 'unavailable'
        opening = undefined
        readying = undefined
        logger.error({ err: error }, 'could not rebuild the damaged search index; will try again on the next search')
      } finally {
        healing = undefined
        if (indexing) indexer.start()
      }
    })()
    return healing
  }

  function beginIndexing(): void {
    indexing = true
    if (health !== 'rebuilding') indexer.start()
    clearInterval(leaseTimer)
    leaseTimer = setInterval(() => void keepLease(), leaseMs / 3).unref()
  }

  /** Renews the lease; one that another process took over (this one stalled) stops the indexer here. */
  async function keepLease(): Promise<void> {
    let kept: boolean
    try {
      kept = await lease.renew()
    } catch (error) {
      kept = lease.holds() // the store may be back before the lease lapses
      logger.warn({ err: error }, 'could not renew the search indexer lease')
    }
    if (kept || !indexing) return
    logger.warn('another process now runs the search indexer; this one stands by')
    indexing = false
    clearInterval(leaseTimer)
    await indexer.stop()
    standBy()
  }

  /** Waits for the lease, as a second process on a shared index (Meilisearch) does. */
  function standBy(): void {
    clearInterval(leaseTimer)
    leaseTimer = setTimeout(() => {
      lease.acquire().then(
        outcome => {
          if (!started) return
          if (outcome.acquired) {
            logger.info('this process now runs the search indexer')
            beginIndexing()
          } else standBy()
        },
        (error: unknown) => {
          logger.warn({ err: error }, 'could not read the search indexer lease')
          if (started) standBy()
        },
      )
    }, leaseMs / 3).unref()
  }

  /**
   * With the embedded engine, a lease held elsewhere is either a live process (refuse to start) or
   * the leftover of one that died (take over once it lapses): watch it for one lease period.
   */
  async function takeOverOrRefuse(first: LeaseHolder): Promise<void> {
    logger.info({ holder: first.owner }, 'the search indexer lease is held: waiting to see whether its holder is alive')
    for (;;) {
      await pause(Math.min(1_000, leaseMs / 5))
      const outcome = await lease.acquire()
      if (outcome.acquired) return
      const { holder } = outcome
      if (holder.generation !== first.generation || holder.expiresAt.getTime() > first.expiresAt.getTime()) {
        throw new IndexerLeaseHeldError(holder.owner)
      }
    }
  }

  return {
    ready,
    indexer,
    /** The engine for searches: answers SearchUnavailableError while the index is rebuilt. */
    engine,

    /** 'rebuilding' while a damaged index is rebuilt; 'unavailable' if it could not be. */
    health: (): SearchHealth => health,

    async start(): Promise<void> {
      started = true
      const outcome = await lease.acquire()
      if (!outcome.acquired && indexIsLocal) await takeOverOrRefuse(outcome.holder)
      await ready()
      if (outcome.acquired || indexIsLocal) beginIndexing()
      else {
        logger.info({ holder: outcome.holder.owner }, 'another process runs the search indexer; this one stands by')
        standBy()
      }
    },

    async stop(): Promise<void> {
      started = false
      indexing = false
      clearInterval(leaseTimer)
      await indexer.stop()
      await lease.release().catch((error: unknown) => logger.warn({ err: error }, 'could not release the lease'))
      await healing
      await raw.close()
    },

    async status() {
      const [indexerStatus, engineStatus] = await Promise.all([
        indexer.status(),
        health === 'rebuilding'
          ? { engine: raw.name, documents: 0 }
          : open()
              .then(() => raw.status())
              .catch((error: unknown) => {
                if (!(error instanceof SearchIndexCorruptError)) throw error
                void heal(error)
                return { engine: raw.name, documents: 0 }
              }),
      ])
      return { ...engineStatus, ...indexerStatus, state: health, indexing: lease.holds() }
    },

    /**
     * Indexes case studies the caller has just committed and holds (an import's new ones), then
     * completes their outbox tasks: what the indexer would do with those tasks, without reading
     * each case study back. A task left by a failure here stays for the indexer to apply.
     */
    async indexCommitted(caseStudies: CaseStudyData[]): Promise<void> {
      await ready()
      const changes = caseStudies.map(caseStudy => ({ id: caseStudy._id.toString(), caseStudy }))
      const outcome = await applyBatch(engine, source, changes, () => false)
      const applied = new Set(outcome?.applied)
      await deps.tasks.completeVersions(
        caseStudies
          .filter(caseStudy => applied.has(caseStudy._id.toString()))
          .map(caseStudy => ({ caseStudyId: caseStudy._id.toString(), version: caseStudy.version })),
      )
    },

    async reindex(): Promise<number> {
      await open()
      return indexer.reindex()
    },

    async check() {
      await open()
      return indexer.check()
    },
  }
}

export type SearchIndexService = ReturnType<typeof createSearchIndexService>
