import { createApp } from './app'
import { loadConfigOrExit } from './config'
import { createLogger } from './logger'
import { createServices } from './services'
import { handleShutdownSignals } from './shutdown'
import { openStore } from './store/openStore'
import { StoreBuildError } from './store/storeBinary'

async function main(): Promise<void> {
  const config = loadConfigOrExit()
  const logger = createLogger(config.logLevel)

  // The embedded store is supervised: restarted on the same port if it stops, and readiness says so.
  const store = await openStore(config, logger)

  const services = createServices({ config, logger, storeState: store.state })
  const reference = await services.referenceData.loadCouncils()
  logger.info(reference, reference.loaded ? 'reference data loaded' : 'reference data already current')
  if (config.demoContent) {
    const published = await services.demoContent.seedIfEmpty()
    if (published) logger.info({ published }, 'demo case studies published into the empty catalogue')
  }
  services.sessionCleanup.start()
  services.freshness.start()
  services.usage.start()
  await services.searchIndex.start()
  services.alerts.start()

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
    await services.freshness.stop()
    await services.alerts.stop()
    // Emails queued after a response (a password reset) are sent before the store goes.
    await services.background.settled()
    // Page views and searches counted since the last flush.
    await services.usage.stop()
    await services.searchIndex.stop()
    await store.close()
  })
}

main().catch((error: unknown) => {
  if (error instanceof StoreBuildError) console.error(error.message)
  else console.error('Practice Exchange could not start:', error)
  process.exit(1)
})
