// npm run reindex: rebuilds the search index from MongoDB (the embedded one under DATA_DIR, or
// Meilisearch when MEILI_URL is set). Searches keep answering from the old index until the new
// one is complete.
import { runTool, withServices } from './withServices'

runTool('reindex', () =>
  withServices(async services => {
    const started = Date.now()
    try {
      const count = await services.searchIndex.reindex()
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(`Indexed ${count.toLocaleString('en-GB')} published case studies in ${seconds} s.`)
      return 0
    } finally {
      await services.searchIndex.stop()
    }
  }),
)
