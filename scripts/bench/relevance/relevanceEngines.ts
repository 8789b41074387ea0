import { randomBytes } from 'node:crypto'
import { EmbeddedSearchEngine } from '../../../server/search/embedded/embeddedSearchEngine'
import { MeiliSearchEngine } from '../../../server/search/meili/meiliSearchEngine'
import type { SearchEngine } from '../../../server/search/searchTypes'

/** An engine to measure, and how to throw its index away afterwards. */
export type BenchEngine = { label: string; engine: SearchEngine; dispose: () => Promise<void> }

type MeiliSettings = { url: string | undefined; apiKey: string | undefined }

/**
 * Every engine this machine can run: the embedded one in memory, always, and Meilisearch when
 * MEILI_URL is set, in an index named for this run so nothing live is touched.
 */
export function benchEngines(meili: MeiliSettings): BenchEngine[] {
  const embedded = new EmbeddedSearchEngine(':memory:')
  const engines: BenchEngine[] = [{ label: 'embedded', engine: embedded, dispose: () => embedded.close() }]
  if (meili.url) {
    const { url, apiKey } = meili
    const indexName = `relevance-${randomBytes(4).toString('hex')}`
    const engine = new MeiliSearchEngine({ url, apiKey, indexName })
    engines.push({
      label: 'meilisearch',
      engine,
      dispose: async () => {
        await engine.close()
        await engine.deleteIndexes()
      },
    })
  } else {
    console.log('Meilisearch skipped: MEILI_URL is not set (set MEILI_URL and MEILI_MASTER_KEY to measure it too).')
  }
  return engines
}
