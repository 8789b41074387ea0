import path from 'node:path'
import type { Logger } from 'pino'
import type { Config } from '../config'
import { connectDatabase, disconnectDatabase } from '../data/database'
import { ensureIndexes } from '../data/indexes'
import { holdDataDir } from './dataDirLock'
import { freeLoopbackPort, startEmbeddedStore } from './embeddedStore'
import { superviseStore, type StoreSupervisor, type SupervisedStoreState } from './storeSupervisor'

// The database name on the embedded store; with MONGODB_URI, the one the URI names.
const EMBEDDED_DATABASE = 'practice_exchange'

export type OpenStore = {
  /** The embedded store's supervisor; undefined with MONGODB_URI (someone else runs that server). */
  supervisor: StoreSupervisor | undefined
  /** For readiness: undefined when there is no supervised store to ask. */
  state: () => SupervisedStoreState | undefined
  close: () => Promise<void>
}

/** Starts the supervised embedded store on a port chosen once, so restarts keep the same URI. */
async function startSupervisedStore(
  config: Config,
  logger: Logger,
): Promise<{ uri: string; supervisor: StoreSupervisor }> {
  const port = await freeLoopbackPort()
  const dataDir = path.join(config.dataDir, 'db')
  const supervisor = await superviseStore({
    start: () => startEmbeddedStore({ dataDir, port, log: message => logger.debug(message) }),
    logger,
  })
  return { uri: `mongodb://127.0.0.1:${port}/`, supervisor }
}

/** Connects to MONGODB_URI, or starts the embedded store first; then makes sure every index exists. */
export async function openStore(config: Config, logger: Logger): Promise<OpenStore> {
  let supervisor: StoreSupervisor | undefined
  let lock: { release: () => void } | undefined
  let uri = config.mongoUri
  if (!uri) {
    lock = holdDataDir(config.dataDir)
    try {
      ;({ uri, supervisor } = await startSupervisedStore(config, logger))
    } catch (error) {
      lock.release()
      throw error
    }
    logger.info({ uri, dataDir: config.dataDir }, 'embedded store (FerretDB, SQLite) started')
  }
  await connectDatabase(uri, supervisor ? EMBEDDED_DATABASE : undefined)
  await ensureIndexes()
  return {
    supervisor,
    state: () => supervisor?.state(),
    async close() {
      await disconnectDatabase()
      await supervisor?.stop()
      lock?.release()
    },
  }
}
