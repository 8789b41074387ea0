import { loadConfigOrExit, type Config } from '../server/config'
import { createLogger } from '../server/logger'
import { createServices, type Services } from '../server/services'
import { openStore } from '../server/store/openStore'

/**
 * Runs a command-line tool's work with the configured store (the embedded one unless MONGODB_URI
 * is set) and the app's services, closing both afterwards, whatever happens.
 */
export async function withServices(work: (services: Services, config: Config) => Promise<number>): Promise<number> {
  const config = loadConfigOrExit()
  const logger = createLogger('warn')
  const store = await openStore(config, logger)
  try {
    return await work(createServices({ config, logger }), config)
  } finally {
    await store.close()
  }
}

/** Runs a tool's main function and exits with its code; an unexpected error exits with `failureCode`. */
export function runTool(name: string, main: () => Promise<number>, failureCode = 1): void {
  main().then(
    code => process.exit(code),
    (error: unknown) => {
      console.error(`${name} failed:`, error)
      process.exit(failureCode)
    },
  )
}
