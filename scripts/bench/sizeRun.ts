// One corpus size of `npm run bench:search`, in a process of its own so that each size's memory
// readings start from a fresh process. Started by scripts/benchSearch.ts, which reads the JSON
// written to --result.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import type { SearchDocument, SearchEngine } from '../../server/search/searchTypes'
import { corpusSearchDocumentBatches } from '../corpus/corpusSearchDocuments'
import { buildIndex, type BuildResult } from './buildIndex'
import { childJson } from './childJson'
import { httpRun, type HttpResult } from './httpRun'
import { collectGarbage, rssMb } from './memory'
import type { OpenIndexResult } from './openIndex'
import { QueryMixBuilder } from './queryMix'
import { queryTimings, type QueryTimings } from './queryTimings'
import { elapsedMs } from './stats'

export type SizeResult = {
  size: number
  seed: number
  rounds: number
  warmUp: number
  generationSeconds: number
  rssStartMb: number
  build: BuildResult
  rssAfterBuildMb: number
  heapAfterBuildMb: number
  opened: OpenIndexResult
  rssAfterQueriesMb: number
  words: { frequent: number; frequentRange: [number, number]; mid: number; midRange: [number, number] }
  queries: QueryTimings
  http: HttpResult | undefined
}

const BUILD_BATCH = 1_000
const number = (text: string | undefined, fallback: number) => (text === undefined ? fallback : Number(text))
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Fails the run if the index does not hold the corpus (another process rebuilt or emptied it). */
async function expectDocuments(engine: SearchEngine, size: number, ...others: number[]): Promise<void> {
  const counts = [(await engine.status()).documents, ...others]
  if (counts.some(count => count !== size))
    throw new Error(`the index holds ${counts.join(' / ')} documents, not ${size}`)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string' },
      queries: { type: 'string' },
      'warm-up': { type: 'string' },
      'http-seconds': { type: 'string' },
      connections: { type: 'string' },
      seed: { type: 'string' },
      result: { type: 'string' },
    },
  })
  const size = number(values.size, 10_000)
  const seed = number(values.seed, 1)
  const rounds = number(values.queries, 300)
  const warmUp = number(values['warm-up'], 30)
  if (!values.result) throw new Error('--result is required')
  if (!collectGarbage()) throw new Error('run with node --expose-gc, so memory readings hold no garbage')

  const rssStartMb = rssMb()
  // The corpus is generated batch by batch as the index is built, as a rebuild streams MongoDB
  // from a cursor: the build's peak memory is the engine's, not a 100,000-document array's.
  const mixBuilder = new QueryMixBuilder(seed)
  let generationMs = 0
  function* batches(): Generator<SearchDocument[]> {
    const generator = corpusSearchDocumentBatches({ count: size, seed, batchSize: BUILD_BATCH })
    for (;;) {
      const started = process.hrtime.bigint()
      const next = generator.next()
      generationMs += elapsedMs(started)
      if (next.done) return
      mixBuilder.add(next.value)
      yield next.value
    }
  }

  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'bench-search-'))
  const file = path.join(tempDir, 'search.sqlite')
  const engine = new EmbeddedSearchEngine(file)
  try {
    log(`generating ${size} case studies and building the index in ${file}`)
    const build = await buildIndex(engine, batches(), file, () => generationMs)
    const generationSeconds = generationMs / 1000
    const mix = mixBuilder.build()
    collectGarbage()
    const rssAfterBuildMb = rssMb()
    const heapAfterBuildMb = process.memoryUsage().heapUsed / (1024 * 1024)
    log('opening the built index in a fresh process')
    const opened = await childJson<OpenIndexResult>(path.join(__dirname, 'openIndex.ts'), [
      '--file',
      file,
      '--words',
      mix.frequent.slice(0, 5).join(','),
    ])
    await expectDocuments(engine, size, opened.documents)

    log(`timing ${rounds} queries of each type after ${warmUp} warm-up rounds`)
    const start = process.hrtime.bigint()
    const queries = await queryTimings(engine, mix, { rounds, warmUp, seed: seed + 1 })
    log(`queries took ${(elapsedMs(start) / 1000).toFixed(1)} s`)
    const rssAfterQueriesMb = rssMb()
    await expectDocuments(engine, size)

    const seconds = number(values['http-seconds'], 10)
    let http: HttpResult | undefined
    if (seconds > 0) {
      log('HTTP run: search page against a bare page of the same size')
      http = await httpRun(engine, {
        dataDir: path.join(tempDir, 'data'),
        word: mix.frequent[0]!,
        theme: mix.commonTheme,
        seconds,
        connections: number(values.connections, 10),
      })
    }
    const result: SizeResult = {
      size,
      seed,
      rounds,
      warmUp,
      generationSeconds,
      rssStartMb,
      build,
      rssAfterBuildMb,
      heapAfterBuildMb,
      opened,
      rssAfterQueriesMb,
      words: {
        frequent: mix.frequent.length,
        frequentRange: mix.frequentRange,
        mid: mix.mid.length,
        midRange: mix.midRange,
      },
      queries,
      http,
    }
    writeFileSync(values.result, JSON.stringify(result))
  } finally {
    await engine.close()
    rmSync(tempDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench size run failed:', error)
    process.exit(1)
  },
)
