import path from 'node:path'
import type { Config } from '../config'
import { EmbeddedSearchEngine } from './embedded/embeddedSearchEngine'
import { MeiliSearchEngine } from './meili/meiliSearchEngine'
import type { SearchEngine } from './searchTypes'

// One embedded engine per index file per process: it keeps per-document facts in memory, so two
// instances over one file would disagree after either wrote.
const embeddedEngines = new Map<string, EmbeddedSearchEngine>()

export const embeddedIndexFile = (dataDir: string) => path.resolve(dataDir, 'search', 'case-studies.sqlite')

/** Meilisearch when MEILI_URL is set (production), else the embedded engine under DATA_DIR. */
export function createSearchEngine(
  config: Pick<Config, 'dataDir' | 'meiliUrl' | 'meiliMasterKey' | 'meiliIndex'>,
): SearchEngine {
  if (config.meiliUrl) {
    return new MeiliSearchEngine({ url: config.meiliUrl, apiKey: config.meiliMasterKey, indexName: config.meiliIndex })
  }
  const file = embeddedIndexFile(config.dataDir)
  let engine = embeddedEngines.get(file)
  if (!engine) {
    engine = new EmbeddedSearchEngine(file)
    embeddedEngines.set(file, engine)
  }
  return engine
}
