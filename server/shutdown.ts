import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import type { Logger } from 'pino'

// Docker's default stop grace period: after it, the process is killed. The whole shutdown,
// releasing the store included, has to fit inside it.
const SHUTDOWN_GRACE_MS = 10_000

type Options = {
  graceMs?: number
  exit?: (code: number) => void
}

/**
 * Returns the shutdown sequence: stop accepting connections, let in-flight requests finish (idle
 * keep-alive connections are closed at once), then release the store; exit within the grace period
 * whatever happens. Requests get the first 70% of it, so releasing the store has time of its own.
 */
export function createShutdown(
  server: Server,
  logger: Logger,
  release: () => Promise<void>,
  { graceMs = SHUTDOWN_GRACE_MS, exit = code => process.exit(code) }: Options = {},
) {
  const open = new Set<Socket>()
  server.on('connection', socket => {
    open.add(socket)
    socket.once('close', () => open.delete(socket))
  })

  let shuttingDown = false
  return (signal: NodeJS.Signals) => {
    if (shuttingDown) return
    shuttingDown = true
    logger.info({ signal }, 'shutting down: finishing in-flight requests')

    const requestTimer = setTimeout(() => {
      // Only if something is still open: the timer also fires while the store is being released.
      if (open.size === 0) return
      logger.warn({ connections: open.size }, 'in-flight requests did not finish in time; closing them')
      server.closeAllConnections()
    }, graceMs * 0.7)
    const deadline = setTimeout(() => {
      logger.error('shutdown did not finish within the grace period; exiting anyway')
      exit(1)
    }, graceMs * 0.95)
    requestTimer.unref()
    deadline.unref()

    server.close(() => {
      clearTimeout(requestTimer)
      release()
        .then(() => {
          clearTimeout(deadline)
          logger.info('stopped')
          exit(0)
        })
        .catch((error: unknown) => {
          clearTimeout(deadline)
          logger.error({ err: error }, 'error while stopping')
          exit(1)
        })
    })
    server.closeIdleConnections()
  }
}

/** On SIGTERM or SIGINT, shuts down as createShutdown describes. */
export function handleShutdownSignals(server: Server, logger: Logger, release: () => Promise<void>): void {
  const shutDown = createShutdown(server, logger, release)
  process.once('SIGTERM', shutDown)
  process.once('SIGINT', shutDown)
}
