// node --expose-gc --import tsx scripts/bench/exchange/benchExchange.ts [--import 10000] [--export 100000] [--seed 1] [--out [BENCHMARKS.md]]
// Imports and exports at scale on the embedded store and search engine, in a new data folder
// under the system temp directory (never ./data, never MONGODB_URI or MEILI_URL): first `--import`
// synthetic case studies from a CSV file, timed, with the index kept in step as `npm run import`
// keeps it; then more, up to `--export`, and a download of all of them as CSV and as JSON Lines,
// each in a fresh process as a web process would serve it, timed, with its peak RSS and heap.
// Prints a Markdown section; --out appends it to that file.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { PROJECT_ROOT } from '../../../server/projectRoot'
import { parseOptions, wholeNumber } from '../args'
import { machine, revision } from '../machine'
import { runTool, withServices } from '../../withServices'
import { writeCorpusFile } from './corpusFile'
import { exchangeReport } from './exchangeReport'
import { importRun, type ExportRun, type ImportRun } from './exchangeRuns'
import { childJson } from '../childJson'

const USAGE =
  'Usage: node --expose-gc --import tsx scripts/bench/exchange/benchExchange.ts [--import 10000] [--export 100000] [--seed 1] [--out [BENCHMARKS.md]]'

const schema = z.object({
  import: wholeNumber(1, 1_000_000).default(10_000),
  export: wholeNumber(0, 1_000_000).default(100_000),
  seed: wholeNumber(0, 1_000_000).default(1),
  out: z.string().trim().min(1).optional(),
})

async function main(): Promise<number> {
  const args = parseOptions(schema, process.argv.slice(2), USAGE)
  if (!args) return 2
  if (process.env.MONGODB_URI) {
    console.error('Unset MONGODB_URI: the benchmark runs on the embedded store in a folder of its own.')
    return 2
  }
  delete process.env.MEILI_URL
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-exchange-'))
  process.env.DATA_DIR = dataDir
  process.env.DEMO_CONTENT = 'off'
  const atStart = machine()
  const file = (name: string) => path.join(dataDir, name)
  try {
    const imports: { label: string; run: ImportRun }[] = []
    const exports: ExportRun[] = []
    await withServices(async services => {
      try {
        console.log(`Writing ${args.import} case studies to a CSV file...`)
        writeCorpusFile(file('first.csv'), { count: args.import, seed: args.seed, format: 'csv' })
        console.log('Importing them...')
        imports.push({
          label: `${args.import.toLocaleString('en-GB')} into an empty catalogue`,
          run: await importRun(services, file('first.csv')),
        })
        const more = args.export - args.import
        if (more > 0) {
          console.log(`Writing and importing ${more} more...`)
          writeCorpusFile(file('more.csv'), { count: more, seed: args.seed + 1, format: 'csv' })
          imports.push({
            label: `${more.toLocaleString('en-GB')} more, up to ${args.export.toLocaleString('en-GB')}`,
            run: await importRun(services, file('more.csv')),
          })
        }
        return 0
      } finally {
        await services.searchIndex.stop()
      }
    })
    // Each export in a fresh process, as a web process would serve it; the store is closed meanwhile.
    if (args.export > 0)
      for (const format of ['csv', 'jsonl'] as const) {
        console.log(`Exporting everything as ${format}...`)
        exports.push(
          await childJson<ExportRun>(path.join(__dirname, 'exportChild.ts'), [format, file(`export.${format}`)]),
        )
      }
    const section = exchangeReport({ args, imports, exports, atStart, atEnd: machine(), code: revision() })
    console.log(`\n${section}`)
    if (args.out) appendFileSync(path.resolve(PROJECT_ROOT, args.out), `\n${section}`)
    return 0
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

runTool('bench-exchange', main)
