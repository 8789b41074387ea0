import type { KindResult } from './loadRecorder'
import type { Visitors } from './loadTraffic'
import type { Machine } from './machine'
import { markdownTable } from './markdownTable'
import type { RssSample } from './serverRun'

export type LoadResult = {
  date: string
  command: string
  revision: string
  machine: Machine
  loadAtEnd: string
  published: number
  visitors: Visitors
  seconds: number
  warmUpSeconds: number
  requests: number
  requestsPerSecond: number
  kinds: KindResult[]
  rss: RssSample[]
  serverExitCode: number | null
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(1))
const count = (value: number) => value.toLocaleString('en-GB')
const mb = (value: number | undefined) =>
  value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en-GB')} MB`

function rssRow(name: string, values: (number | undefined)[]) {
  const known = values.filter((value): value is number => value !== undefined)
  return [name, mb(known[0]), mb(known.length ? Math.max(...known) : undefined), mb(known.at(-1))]
}

/** The Markdown section for one load run, laid out for BENCHMARKS.md. */
export function loadReport(result: LoadResult): string {
  const { machine, visitors } = result
  const kindRows = result.kinds.map(kind => [
    kind.kind,
    count(kind.requests),
    (kind.requests / result.seconds).toFixed(1),
    ms(kind.latency.p50),
    ms(kind.latency.p99),
    ms(kind.latency.max),
    count(kind.errors),
    count(kind.socketErrors),
    count(kind.conflicts),
    count(kind.wrongOutcomes),
  ])
  const totals = (pick: (kind: KindResult) => number) => result.kinds.reduce((sum, kind) => sum + pick(kind), 0)
  kindRows.push([
    '**all**',
    count(result.requests),
    result.requestsPerSecond.toFixed(1),
    '',
    '',
    '',
    count(totals(kind => kind.errors)),
    count(totals(kind => kind.socketErrors)),
    count(totals(kind => kind.conflicts)),
    count(totals(kind => kind.wrongOutcomes)),
  ])
  const kinds = markdownTable(
    [
      'Request',
      'Requests',
      'Requests/s',
      'p50 ms',
      'p99 ms',
      'Max ms',
      'Errors (non-2xx/3xx)',
      'Socket errors',
      '409 conflicts',
      'Wrong outcome',
    ],
    kindRows,
    [false, true, true, true, true, true, true, true, true, true],
  )
  const rss = markdownTable(
    ['Process', 'RSS at start', 'Max RSS', 'RSS at end'],
    [
      rssRow(
        'Server (node)',
        result.rss.map(sample => sample.serverMb),
      ),
      rssRow(
        'Embedded store (FerretDB, the server’s child)',
        result.rss.map(sample => sample.storeMb),
      ),
    ],
    [false, true, true, true],
  )
  return [
    `## Load run of ${result.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${result.command}\``,
    `- Code: ${result.revision}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores (nproc), ${machine.memoryGiB} GiB memory, ${machine.kernel}, Node ${machine.node}; load average at start ${machine.load}, at end ${result.loadAtEnd}`,
    `- Server: \`server/index.ts\` as \`npm start\` runs it (development mode, embedded store and search engine, demo catalogue on) in a new data folder holding ${count(result.published)} published case studies (the demo catalogue and the generated corpus), on loopback.`,
    `- Traffic for ${result.seconds.toFixed(1)} s after ${result.warmUpSeconds} s of warm-up, every visitor going as fast as the server answers: ${visitors.searchers} searching (query types as bench:search, some with facet filters, some past page 1), ${visitors.readers} reading case study pages, ${visitors.signers} signing in, opening the account page and signing out (a new visitor at its own loopback address each time, correct passwords), ${visitors.publishers} publishers each saving the sections of their own draft in turn through the real forms (CSRF token from each form).`,
    '',
    kinds,
    '',
    `RSS sampled every second over the measured window (${result.rss.length} samples):`,
    '',
    rss,
    '',
  ].join('\n')
}
