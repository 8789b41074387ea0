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
import { guardedEngine } from '../../server/services/search/guardedEngine'
import { createSearchService } from '../../server/services/search/searchService'
import { openStore } from '../../server/store/openStore'
import { autocannon, type LoadResult } from './autocannon'
import { BARE_PATH, addBarePage, padding } from './barePage'

/** bare: the baseline page; search: the search page; unkept: the same search page from an app that keeps nothing; api: the API's search. */
export type HttpPage = 'bare' | 'search' | 'unkept' | 'api'
export const HTTP_PAGES: readonly HttpPage[] = ['bare', 'search', 'unkept', 'api']

export type HttpResult = {
  searchPath: string
  apiPath: string
  resultCount: string
  bytes: Record<HttpPage, number>
  connections: number
  runs: { page: HttpPage; load: LoadResult }[]
  rps: Record<HttpPage, number>
  /** search / bare requests per second: the target's ratio. */
  ratio: number
}

// The app that keeps nothing answers under this prefix, which it never sees.
const UNKEPT_PREFIX = '/unkept'

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
 * (the embedded store started in `dataDir`), beside the same search page from an app that keeps
 * no results or pages, and the API's search for the same query (issue 11), loaded in turn, twice.
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
    const searchDependencies = {
      engine,
      ready: () => Promise.resolve(),
      councils: services.councils,
      zeroResults: zeroResultSearchRepository,
      vocabulary: () => vocabulary,
      clock: systemClock,
      counter: services.usage,
    }
    const search = createSearchService(searchDependencies)
    const app = createApp({ ...services, search }, config, logger)
    // The same app over an engine that cannot say whether it changed (as a remote engine), so no
    // results or pages are kept: what every request costs when nothing is kept.
    const unkeptEngine: SearchEngine = {
      ...guardedEngine(engine, { available: () => true, onCorrupt: () => {} }),
      version: undefined,
    }
    const unkeptApp = createApp(
      { ...services, search: createSearchService({ ...searchDependencies, engine: unkeptEngine }) },
      config,
      logger,
    )
    // As in production: compiled templates are kept (config turns this on only there, and
    // production needs a real MongoDB).
    app.set('view cache', true)
    unkeptApp.set('view cache', true)
    const setPadding = addBarePage(app)
    // autocannon stops by dropping its connections, and the app finishes those requests afterwards,
    // which must happen before the store closes: keep each response until the app has ended it.
    const responses = new Set<ServerResponse>()
    const server = createServer((req, res) => {
      responses.add(res)
      res.once('finish', () => responses.delete(res))
      if (req.url?.startsWith(`${UNKEPT_PREFIX}/`)) {
        req.url = req.url.slice(UNKEPT_PREFIX.length)
        unkeptApp(req, res)
      } else app(req, res)
    })
    server.listen(0, '127.0.0.1')
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const query = `q=${encodeURIComponent(word)}&theme=${encodeURIComponent(theme)}`
      const searchPath = `${paths.caseStudies.list()}?${query}`
      const apiPath = `${paths.api.caseStudies()}?${query}`
      const pathOf: Record<HttpPage, string> = {
        bare: BARE_PATH,
        search: searchPath,
        unkept: `${UNKEPT_PREFIX}${searchPath}`,
        api: apiPath,
      }
      const searchPage = await fetchPage(base, searchPath)
      const searchBytes = Buffer.byteLength(searchPage)
      const resultCount = /id="result-count"[^>]*>([^<]*)</.exec(searchPage)?.[1]?.trim() ?? '?'
      const emptyBytes = Buffer.byteLength(await fetchPage(base, BARE_PATH))
      setPadding(['x'])
      const overhead = Buffer.byteLength(await fetchPage(base, BARE_PATH)) - emptyBytes - 1
      setPadding(padding(emptyBytes, overhead, searchBytes))
      const bytes = {} as Record<HttpPage, number>
      for (const page of HTTP_PAGES) bytes[page] = Buffer.byteLength(await fetchPage(base, pathOf[page]))

      const load = (pagePath: string, runSeconds: number) =>
        autocannon(`${base}${pagePath}`, { seconds: runSeconds, connections })
      for (const page of HTTP_PAGES) await load(pathOf[page], WARM_UP_SECONDS)
      const runs: HttpResult['runs'] = []
      for (let round = 0; round < 2; round++) {
        for (const page of HTTP_PAGES) runs.push({ page, load: await load(pathOf[page], seconds) })
      }
      const rps = {} as Record<HttpPage, number>
      for (const page of HTTP_PAGES)
        rps[page] = mean(runs.filter(run => run.page === page).map(run => run.load.requestsPerSecond))
      return { searchPath, apiPath, resultCount, bytes, connections, runs, rps, ratio: rps.search / rps.bare }
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
