import path from 'node:path'
import { createApp } from './app'
import { ConfigError, loadConfig, type Config } from './config'
import { connectDatabase, disconnectDatabase } from './data/database'
import { ensureIndexes } from './data/indexes'
import { createLogger } from './logger'
import { createServices } from './services'
import { handleShutdownSignals } from './shutdown'
import { startEmbeddedStore, type EmbeddedStore } from './store/embeddedStore'
import { StoreBuildError } from './store/storeBinary'

function readConfig(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

async function main(): Promise<void> {
  const config = readConfig()
  const logger = createLogger(config.logLevel)

  let store: EmbeddedStore | undefined
  let mongoUri = config.mongoUri
  if (!mongoUri) {
    store = await startEmbeddedStore({
      dataDir: path.join(config.dataDir, 'db'),
      log: message => logger.debug(message),
    })
    mongoUri = store.uri
    logger.info({ uri: store.uri, dataDir: config.dataDir }, 'embedded store (FerretDB, SQLite) started')
    void store.exited.then(({ code, signal, expected }) => {
      if (!expected)
        logger.error(
          { code, signal },
          'the embedded store stopped unexpectedly: pages will answer 503 until the app restarts',
        )
    })
  }

  await connectDatabase(mongoUri, store ? 'practice_exchange' : undefined)
  await ensureIndexes()

  const services = createServices({ config, logger })
  const reference = await services.referenceData.loadCouncils()
  logger.info(reference, reference.loaded ? 'reference data loaded' : 'reference data already current')
  services.sessionCleanup.start()

  const app = createApp(services, config, logger)
  const server = app.listen(config.port, config.host, () => {
    logger.info(`Practice Exchange is serving on http://localhost:${config.port}`)
  })
  server.on('error', error => {
    logger.fatal({ err: error }, 'could not listen')
    process.exit(1)
  })

  handleShutdownSignals(server, logger, async () => {
    services.sessionCleanup.stop()
    await disconnectDatabase()
    await store?.stop()
  })
}

main().catch((error: unknown) => {
  if (error instanceof StoreBuildError) console.error(error.message)
  else console.error('Practice Exchange could not start:', error)
  process.exit(1)
})
