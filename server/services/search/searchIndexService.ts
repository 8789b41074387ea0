import type { Logger } from 'pino'
import type { CaseStudyRepository } from '../../data/caseStudyRepository'
import type { SearchIndexTaskRepository } from '../../data/searchIndexTaskRepository'
import type { SearchSettingRepository } from '../../data/searchSettingRepository'
import { createIndexer } from '../../search/indexer'
import type { SearchEngine } from '../../search/searchTypes'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import type { SynonymService } from './synonymService'

type Dependencies = {
  engine: SearchEngine
  repository: CaseStudyRepository
  tasks: SearchIndexTaskRepository
  settings: SearchSettingRepository
  councils: CouncilService
  synonyms: SynonymService
  clock: Clock
  logger: Logger
}

/** The index's life: opening it (rebuilding if stale), keeping it in step, rebuilding and checking it. */
export function createSearchIndexService(deps: Dependencies) {
  const { engine, councils, clock, logger } = deps
  const indexer = createIndexer({
    engine,
    source: {
      findCaseStudy: id => deps.repository.findById(id),
      listPublished: () => deps.repository.listPublished(),
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
    },
    tasks: deps.tasks,
    storeIdentity: () => deps.settings.storeIdentity(clock()),
    now: clock,
    logger,
  })
  let opening: Promise<void> | undefined
  let readying: Promise<void> | undefined

  /** Opens the engine once, with its settings and synonyms, as it is: for checking and status. */
  function open(): Promise<void> {
    opening ??= (async () => {
      await engine.open()
      await deps.synonyms.load()
    })().catch((error: unknown) => {
      opening = undefined // let the next request try again, e.g. once the store is back
      throw error
    })
    return opening
  }

  /** Opens the engine and rebuilds it from MongoDB if it is out of date: before serving searches. */
  function ready(): Promise<void> {
    readying ??= (async () => {
      await open()
      const rebuiltBecause = await indexer.ensureFresh()
      if (rebuiltBecause) logger.info({ engine: engine.name, rebuiltBecause }, 'search index rebuilt')
    })().catch((error: unknown) => {
      readying = undefined
      throw error
    })
    return readying
  }

  return {
    ready,
    indexer,

    async start(): Promise<void> {
      await ready()
      indexer.start()
    },

    async stop(): Promise<void> {
      await indexer.stop()
      await engine.close()
    },

    async status() {
      await open()
      return { ...(await engine.status()), ...(await indexer.status()) }
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
