import path from 'node:path'
import type { Logger } from 'pino'
import type { Config } from '../config'
import { connectDatabase, disconnectDatabase } from '../data/database'
import { ensureIndexes } from '../data/indexes'
import { startEmbeddedStore, type EmbeddedStore } from './embeddedStore'

// The database name on the embedded store; with MONGODB_URI, the one the URI names.
const EMBEDDED_DATABASE = 'practice_exchange'

export type OpenStore = { embedded: EmbeddedStore | undefined; close: () => Promise<void> }

/** Connects to MONGODB_URI, or starts the embedded store first; then makes sure every index exists. */
export async function openStore(config: Config, logger: Logger): Promise<OpenStore> {
  let embedded: EmbeddedStore | undefined
  if (!config.mongoUri) {
    embedded = await startEmbeddedStore({
      dataDir: path.join(config.dataDir, 'db'),
      log: message => logger.debug(message),
    })
    logger.info({ uri: embedded.uri, dataDir: config.dataDir }, 'embedded store (FerretDB, SQLite) started')
  }
  await connectDatabase(embedded?.uri ?? (config.mongoUri as string), embedded ? EMBEDDED_DATABASE : undefined)
  await ensureIndexes()
  return {
    embedded,
    async close() {
      await disconnectDatabase()
      await embedded?.stop()
    },
  }
}
