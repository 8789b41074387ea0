// node --import tsx scripts/bench/apiSearch.ts [--seconds 10] [--connections 10]
// The same searches as the HTML search page and as /api/v1/case-studies, in turn (page, API, page,
// API), with autocannon in a child process: requests/s and latency of each. The app runs in this
// process on the embedded store in a new data folder, with the demo catalogue, removed afterwards.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { createApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import { createLogger } from '../../server/logger'
import { paths } from '../../server/paths'
import { createServices } from '../../server/services'
import { openStore } from '../../server/store/openStore'
import { parseOptions, wholeNumber } from './args'
import { autocannon, type LoadResult } from './autocannon'
import { machine } from './machine'

const USAGE = 'Usage: node --import tsx scripts/bench/apiSearch.ts [--seconds S] [--connections N]'
const WARM_UP_SECONDS = 2
// A word query with a filter, a browse of everything, and a later page: what clients of both ask.
const SEARCHES = ['q=housing&theme=housing', 'sort=newest', 'q=social+care&page=2']

const options = z.object({
  seconds: wholeNumber(1, 600).default(10),
  connections: wholeNumber(1, 100).default(10),
})

type Row = { search: string; face: 'page' | 'api'; bytes: number; load: LoadResult }

async function measure(base: string, seconds: number, connections: number): Promise<Row[]> {
  const rows: Row[] = []
  const warmed = new Set<string>()
  for (const search of SEARCHES) {
    for (const face of ['page', 'api', 'page', 'api'] as const) {
      const url = `${base}${face === 'page' ? paths.caseStudies.list() : paths.api.caseStudies()}?${search}`
      const response = await fetch(url)
      const body = await response.text()
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
      if (!warmed.has(url)) await autocannon(url, { seconds: WARM_UP_SECONDS, connections })
      warmed.add(url)
      rows.push({ search, face, bytes: Buffer.byteLength(body), load: await autocannon(url, { seconds, connections }) })
    }
  }
  return rows
}

function report(rows: Row[], seconds: number, connections: number): string {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
  const lines = [
    `API search against the HTML search page: ${connections} connections, ${seconds} s a run, two runs each, alternated.`,
    `Machine: ${JSON.stringify(machine())}`,
    '',
    '| search | face | bytes | requests/s | p50 ms | p99 ms | non-2xx |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const search of SEARCHES) {
    for (const face of ['page', 'api'] as const) {
      const runs = rows.filter(row => row.search === search && row.face === face)
      const cell = (pick: (load: LoadResult) => number) => mean(runs.map(run => pick(run.load))).toFixed(0)
      lines.push(
        `| \`${search}\` | ${face} | ${runs[0]!.bytes} | ${cell(load => load.requestsPerSecond)} | ` +
          `${cell(load => load.latencyP50)} | ${cell(load => load.latencyP99)} | ${cell(load => load.non2xx + load.errors)} |`,
      )
    }
  }
  return lines.join('\n')
}

async function main(): Promise<number> {
  const args = parseOptions(options, process.argv.slice(2), USAGE)
  if (!args) return 2
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-api-'))
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', SESSION_SECRET: randomBytes(32).toString('hex') })
  const logger = createLogger('warn')
  const store = await openStore(config, logger)
  try {
    const services = createServices({ config, logger })
    await services.referenceData.loadCouncils()
    await services.demoContent.seedIfEmpty()
    await services.searchIndex.start()
    const app = createApp(services, config, logger)
    // As in production, where compiled templates are kept (config turns this on only there, and
    // production needs a real MongoDB): otherwise the page would pay for compiling its templates.
    app.set('view cache', true)
    const server = app.listen(0, '127.0.0.1')
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      console.log(report(await measure(base, args.seconds, args.connections), args.seconds, args.connections))
    } finally {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
      await services.searchIndex.stop()
    }
    return 0
  } finally {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().then(
  code => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
