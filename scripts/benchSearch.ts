// npm run bench:search -- [--sizes 10000,100000] [--queries N] [--warm-up N] [--http-seconds S]
//                         [--connections N] [--out [BENCHMARKS.md]]
// Benchmarks the embedded search engine on synthetic corpora: index build time and memory, query
// latency percentiles per query type, and the search page's requests per second beside a bare
// page of the same size. Prints a Markdown section; with --out, appends it to that file. Speed
// targets are checked here, never in tests. Each size runs in a child process of its own.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseBenchArgs } from './bench/args'
import { WATCHED_CODE, codeFingerprint } from './bench/codeFingerprint'
import { machine, revision } from './bench/machine'
import { report } from './bench/report'
import type { SizeResult } from './bench/sizeRun'

const SIZE_RUN = path.join(__dirname, 'bench', 'sizeRun.ts')

function runSize(size: number, args: string[], resultFile: string): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', SIZE_RUN, '--size', String(size), '--result', resultFile, ...args],
      { stdio: 'inherit' },
    )
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`the ${size} run exited with ${code}`))
      resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as SizeResult)
    })
  })
}

async function main(): Promise<number> {
  const args = parseBenchArgs(process.argv.slice(2))
  if (!args) return 2
  const date = new Date()
  const atStart = machine()
  const fingerprint = codeFingerprint()
  const code = `${revision()}; code fingerprint ${fingerprint} (${WATCHED_CODE})`
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'bench-results-'))
  try {
    const results: SizeResult[] = []
    for (const size of args.sizes) {
      results.push(await runSize(size, args.childArgs, path.join(tempDir, `${size}.json`)))
      if (codeFingerprint() !== fingerprint) {
        console.error(`The code under ${WATCHED_CODE} changed during the run: its results are discarded.`)
        return 1
      }
    }
    const loadAtEnd = machine().load
    const section = report(results, {
      date,
      command: `npm run bench:search${args.command}`,
      machine: atStart,
      loadAtEnd,
      revision: code,
    })
    console.log(`\n${section}`)
    if (args.out) {
      appendFileSync(args.out, `\n${section}`)
      console.log(`Appended to ${args.out}.`)
    }
    return 0
  } finally {
    rmSync(tempDir, { recursive: true, force: true })
  }
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error('bench:search failed:', error)
    process.exit(1)
  },
)
