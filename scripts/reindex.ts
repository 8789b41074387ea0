// npm run reindex: rebuilds the search index from MongoDB (the embedded one under DATA_DIR, or
// Meilisearch when MEILI_URL is set). Searches keep answering from the old index until the new
// one is complete.
import { loadConfigOrExit } from '../server/config'
import { createLogger } from '../server/logger'
import { createServices } from '../server/services'
import { openStore } from '../server/store/openStore'

async function main(): Promise<number> {
  const config = loadConfigOrExit()
  const logger = createLogger('warn')
  const store = await openStore(config, logger)
  try {
    const services = createServices({ config, logger })
    const started = Date.now()
    const count = await services.searchIndex.reindex()
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`Indexed ${count.toLocaleString('en-GB')} published case studies in ${seconds} s.`)
    await services.searchIndex.stop()
    return 0
  } finally {
    await store.close()
  }
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error('reindex failed:', error)
    process.exit(1)
  },
)
