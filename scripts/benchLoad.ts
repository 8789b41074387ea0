// npm run bench:load -- [--seconds 60] [--warm-up 5] [--corpus 10000] [--searchers 4] [--readers 2]
//                       [--signers 1] [--publishers 3] [--json file] [--out [BENCHMARKS.md]]
// Mixed traffic against the real server: starts it as `npm start` does in a new data folder (demo
// catalogue plus a generated corpus, accounts made for the run), then searches, reads case studies,
// signs in and out, and saves draft sections through the real forms, for a fixed time, on loopback
// only. Prints a Markdown section (requests/s, p50/p99 by kind of request, errors, the server's RSS
// over the run), writes the full result as JSON, and with --out appends the section to that file.
import { randomBytes } from 'node:crypto'
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseLoadArgs } from './bench/loadArgs'
import { loadRecorder } from './bench/loadRecorder'
import { loadReport, type LoadResult } from './bench/loadReport'
import { prepareDataDir } from './bench/loadSetup'
import { preparePublisher, runVisitors } from './bench/loadTraffic'
import { machine, revision } from './bench/machine'
import { sampleRss, startServer } from './bench/serverRun'

// Sign-in and sign-out visitors rotate through these accounts (correct passwords only, so no
// account is ever locked).
const OFFICERS = 20
// A ceiling on the run whatever the durations: it only matters if the server answers implausibly fast.
const MAX_REQUESTS = 2_000_000

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`

async function main(): Promise<number> {
  const date = new Date()
  const args = parseLoadArgs(process.argv.slice(2), date)
  if (!args) return 2
  const atStart = machine()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-load-'))
  try {
    let started = performance.now()
    console.log(`Preparing ${dataDir}: demo catalogue, ${args.corpus} generated case studies, accounts...`)
    const plan = await prepareDataDir(dataDir, {
      corpus: args.corpus,
      seed: args.seed,
      officers: OFFICERS,
      publishers: args.publishers,
    })
    console.log(`Prepared ${plan.published} published case studies in ${seconds(started)}.`)

    started = performance.now()
    const server = await startServer(
      { DATA_DIR: dataDir, DEMO_CONTENT: 'on', LOG_LEVEL: 'warn', SESSION_SECRET: randomBytes(32).toString('hex') },
      path.join(dataDir, 'server.log'),
    )
    console.log(`Server ready at ${server.baseUrl} (pid ${server.pid}) in ${seconds(started)}.`)
    let result: LoadResult | undefined
    let exitCode: number | null = null
    try {
      const publishers = await Promise.all(
        plan.publishers.map((_, index) => preparePublisher(server.baseUrl, plan, index)),
      )
      const visitors = {
        searchers: args.searchers,
        readers: args.readers,
        signers: args.signers,
        publishers: args.publishers,
      }
      if (args['warm-up'] > 0) {
        console.log(`Warming up for ${args['warm-up']} s...`)
        await runVisitors(server.baseUrl, plan, visitors, publishers, {
          until: performance.now() + args['warm-up'] * 1000,
          recorder: loadRecorder(),
          recording: () => false,
          maxRequests: MAX_REQUESTS,
        })
      }
      console.log(`Running mixed traffic for ${args.seconds} s...`)
      const recorder = loadRecorder()
      const rss = sampleRss(server.pid)
      const windowStart = performance.now()
      const until = windowStart + args.seconds * 1000
      // A request counts if it started in the window; the window ends when the last of those is answered.
      await runVisitors(server.baseUrl, plan, visitors, publishers, {
        until,
        recorder,
        recording: () => performance.now() < until,
        maxRequests: MAX_REQUESTS,
      })
      const measured = (performance.now() - windowStart) / 1000
      const samples = rss.stop()
      for (const publisher of publishers) publisher.client.close()
      result = {
        date: date.toISOString(),
        command: args.command,
        revision: revision(),
        machine: atStart,
        loadAtEnd: machine().load,
        published: plan.published,
        visitors,
        seconds: measured,
        warmUpSeconds: args['warm-up'],
        requests: recorder.total,
        requestsPerSecond: recorder.total / measured,
        kinds: recorder.results(),
        rss: samples,
        serverExitCode: null,
      }
    } finally {
      exitCode = await server.stop()
    }
    result.serverExitCode = exitCode
    const log = readFileSync(path.join(dataDir, 'server.log'), 'utf8').trim()
    // LOG_LEVEL is warn: anything in the log is worth reading (the folder is removed afterwards).
    if (log) console.error(`The server logged:\n${log.split('\n').slice(-40).join('\n')}`)
    if (exitCode !== 0) console.error(`The server exited with ${exitCode} on SIGTERM.`)

    const section = loadReport(result)
    console.log(`\n${section}`)
    mkdirSync(path.dirname(args.json), { recursive: true })
    writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`)
    console.log(`Wrote ${args.json}.`)
    if (args.out) {
      appendFileSync(args.out, `\n${section}`)
      console.log(`Appended to ${args.out}.`)
    }
    const errors = result.kinds.reduce((sum, kind) => sum + kind.errors + kind.socketErrors + kind.wrongOutcomes, 0)
    return errors === 0 && exitCode === 0 ? 0 : 1
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error('bench:load failed:', error)
    process.exit(1)
  },
)
