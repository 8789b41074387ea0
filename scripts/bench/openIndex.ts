// The memory a web process needs for an index: a fresh process opens the built file (the engine
// loads its in-memory state) and answers a few searches. Started by sizeRun.ts; prints JSON.
import { parseArgs } from 'node:util'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import { collectGarbage, peakRssMb, rssMb } from './memory'
import { pageRequest } from './queryTimings'
import { elapsedMs } from './stats'

export type OpenIndexResult = {
  documents: number
  openSeconds: number
  rssOpenMb: number
  rssAfterSearchesMb: number
  peakRssMb: number | undefined
}

const SEARCHES = 20

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: 'string' }, words: { type: 'string' } } })
  if (!values.file || !values.words) throw new Error('--file and --words are required')
  const engine = new EmbeddedSearchEngine(values.file)
  const start = process.hrtime.bigint()
  await engine.open()
  const openSeconds = elapsedMs(start) / 1000
  collectGarbage()
  const rssOpenMb = rssMb()
  const words = values.words.split(',')
  for (let index = 0; index < SEARCHES; index++) {
    await engine.search(pageRequest({ text: words[index % words.length]!, filters: {} }, true))
  }
  collectGarbage()
  const { documents } = await engine.status()
  const result: OpenIndexResult = {
    documents,
    openSeconds,
    rssOpenMb,
    rssAfterSearchesMb: rssMb(),
    peakRssMb: peakRssMb(),
  }
  await engine.close()
  process.stdout.write(JSON.stringify(result))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('opening the index failed:', error)
    process.exit(1)
  },
)
