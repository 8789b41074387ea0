import { randomBytes } from 'node:crypto'
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { zeroResultSearchRepository } from '../../server/data/zeroResultSearchRepository'
import { createLogger } from '../../server/logger'
import { paths } from '../../server/paths'
import type { SearchEngine } from '../../server/search/searchTypes'
import { DEFAULT_SYNONYMS, analyseVocabulary } from '../../server/search/synonyms'
import { systemClock } from '../../server/services/clock'
import { createServices } from '../../server/services'
import { createSearchService } from '../../server/services/search/searchService'
import { openStore } from '../../server/store/openStore'
import { autocannon, type LoadResult } from './autocannon'
import { BARE_PATH, addBarePage, padding } from './barePage'

export type HttpResult = {
  searchPath: string
  resultCount: string
  searchBytes: number
  bareBytes: number
  connections: number
  runs: { page: 'bare' | 'search'; load: LoadResult }[]
  bareRps: number
  searchRps: number
  ratio: number
}

const WARM_UP_SECONDS = 2
const mean = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length

async function fetchPage(base: string, pagePath: string): Promise<string> {
  const response = await fetch(`${base}${pagePath}`)
  const body = await response.text()
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`)
  return body
}

/**
 * The search page against a bare page of the same size, both served by one app in this process
 * (the embedded store started in `dataDir`), loaded in turn: bare, search, bare, search.
 */
export async function httpRun(
  engine: SearchEngine,
  {
    dataDir,
    word,
    theme,
    seconds,
    connections,
  }: { dataDir: string; word: string; theme: string; seconds: number; connections: number },
): Promise<HttpResult> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DEMO_CONTENT: 'off',
  })
  const logger = createLogger('warn')
  const store = await openStore(config, logger)
  try {
    const services = createServices({ config, logger, searchEngine: engine })
    await services.referenceData.loadCouncils()
    // The prebuilt index as it is: the app's own readiness check would rebuild it from the (empty) store.
    const vocabulary = analyseVocabulary(DEFAULT_SYNONYMS)
    const search = createSearchService({
      engine,
      ready: () => Promise.resolve(),
      councils: services.councils,
      zeroResults: zeroResultSearchRepository,
      vocabulary: () => vocabulary,
      clock: systemClock,
      counter: services.usage,
    })
    const app = createApp({ ...services, search }, config, logger)
    // As in production: compiled templates are kept (config turns this on only there, and
    // production needs a real MongoDB).
    app.set('view cache', true)
    const setPadding = addBarePage(app)
    // autocannon stops by dropping its connections, and the app finishes those requests afterwards,
    // which must happen before the store closes: keep each response until the app has ended it.
    const responses = new Set<ServerResponse>()
    const server = createServer((req, res) => {
      responses.add(res)
      res.once('finish', () => responses.delete(res))
      app(req, res)
    })
    server.listen(0, '127.0.0.1')
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const searchPath = `${paths.caseStudies.list()}?q=${encodeURIComponent(word)}&theme=${encodeURIComponent(theme)}`
      const searchPage = await fetchPage(base, searchPath)
      const searchBytes = Buffer.byteLength(searchPage)
      const resultCount = /id="result-count"[^>]*>([^<]*)</.exec(searchPage)?.[1]?.trim() ?? '?'
      const emptyBytes = Buffer.byteLength(await fetchPage(base, BARE_PATH))
      setPadding(['x'])
      const overhead = Buffer.byteLength(await fetchPage(base, BARE_PATH)) - emptyBytes - 1
      setPadding(padding(emptyBytes, overhead, searchBytes))
      const bareBytes = Buffer.byteLength(await fetchPage(base, BARE_PATH))

      const load = (pagePath: string, runSeconds: number) =>
        autocannon(`${base}${pagePath}`, { seconds: runSeconds, connections })
      await load(BARE_PATH, WARM_UP_SECONDS)
      await load(searchPath, WARM_UP_SECONDS)
      const runs: HttpResult['runs'] = []
      for (let round = 0; round < 2; round++) {
        runs.push({ page: 'bare', load: await load(BARE_PATH, seconds) })
        runs.push({ page: 'search', load: await load(searchPath, seconds) })
      }
      const rps = (page: 'bare' | 'search') =>
        mean(runs.filter(run => run.page === page).map(run => run.load.requestsPerSecond))
      return {
        searchPath,
        resultCount,
        searchBytes,
        bareBytes,
        connections,
        runs,
        bareRps: rps('bare'),
        searchRps: rps('search'),
        ratio: rps('search') / rps('bare'),
      }
    } finally {
      const deadline = Date.now() + 30_000
      for (const response of responses) {
        while (!response.writableEnded && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50))
      }
      await new Promise(resolve => server.close(resolve))
    }
  } finally {
    await store.close()
  }
}
