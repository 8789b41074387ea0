import { randomBytes } from 'node:crypto'
import { MeiliSearchEngine } from '../../server/search/meili/meiliSearchEngine'

// MEILI_URL in the test run's environment may point at a shared or production Meilisearch. A
// child process (the server, a script) that inherited it would rebuild the real index there, so
// children get no MEILI_* variable unless a test gives them an index of its own, and a test only
// ever works in indexes it created and deletes.

const TEST_PREFIX = 'test-'

/** A Meilisearch index name for one test run, e.g. test-1a2b3c4d-case-studies. */
export const testMeiliIndexName = (purpose = 'case-studies'): string =>
  `${TEST_PREFIX}${randomBytes(4).toString('hex')}-${purpose}`

/**
 * The environment for a child process: ours without any MEILI_* variable (nor those in `drop`),
 * then `overrides`. A child given MEILI_URL must be given a test index too, so it can never fall
 * back to the real one.
 */
export function childEnvironment(overrides: NodeJS.ProcessEnv = {}, drop: string[] = []): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_') && !drop.includes(name)),
  )
  const env = { ...inherited, ...overrides }
  if (env.MEILI_URL && !env.MEILI_INDEX?.startsWith(TEST_PREFIX)) {
    throw new Error(`A child given MEILI_URL needs MEILI_INDEX of its own (${TEST_PREFIX}...): see useTestMeiliIndex()`)
  }
  return env
}

/** Deletes a test index and the two the engine keeps beside it; a server that is gone is no failure. */
export async function deleteTestMeiliIndex(url: string, apiKey: string | undefined, indexName: string): Promise<void> {
  if (!indexName.startsWith(TEST_PREFIX)) throw new Error(`Refusing to delete ${indexName}: not a test index`)
  try {
    await new MeiliSearchEngine({ url, apiKey, indexName }).deleteIndexes()
  } catch (error) {
    console.warn(`Could not delete Meilisearch index ${indexName}: ${(error as Error).message}`)
  }
}

/**
 * Opting in: when MEILI_URL is set, the variables that point a child at an index of this test
 * file's own, deleted after its tests; when it is not, nothing (the child uses the embedded engine).
 */
export function useTestMeiliIndex(purpose?: string): NodeJS.ProcessEnv {
  const url = process.env.MEILI_URL
  if (!url) return {}
  const apiKey = process.env.MEILI_MASTER_KEY
  const indexName = testMeiliIndexName(purpose)
  afterAll(() => deleteTestMeiliIndex(url, apiKey, indexName))
  return { MEILI_URL: url, MEILI_MASTER_KEY: apiKey, MEILI_INDEX: indexName }
}
