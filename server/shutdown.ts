import type { Server } from 'node:http'
import type { Logger } from 'pino'

// Long enough for any in-flight page to finish; short enough for an orchestrator's grace period.
const SHUTDOWN_GRACE_MS = 10_000

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests finish (idle
 * keep-alive connections are closed at once), then release the store.
 */
export function handleShutdownSignals(server: Server, logger: Logger, release: () => Promise<void>): void {
  let shuttingDown = false
  const shutDown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    logger.info({ signal }, 'shutting down: finishing in-flight requests')
    const forceTimer = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time; closing them')
      server.closeAllConnections()
    }, SHUTDOWN_GRACE_MS)
    forceTimer.unref()
    server.close(() => {
      release()
        .then(() => {
          logger.info('stopped')
          process.exit(0)
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'error while stopping')
          process.exit(1)
        })
    })
    server.closeIdleConnections()
  }
  process.once('SIGTERM', shutDown)
  process.once('SIGINT', shutDown)
}
