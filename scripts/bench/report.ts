import type { HttpPage, HttpResult } from './httpRun'
import type { Machine } from './machine'
import { markdownTable } from './markdownTable'
import { QUERY_TYPES } from './queryMix'
import type { SizeResult } from './sizeRun'
import { TARGETS, atMost, ratioAtLeast, type Verdict } from './targets'

const ms = (value: number) => value.toFixed(2)
const mb = (value: number | undefined) =>
  value === undefined ? 'n/a' : `${Math.round(value).toLocaleString('en-GB')} MB`
const count = (value: number) => value.toLocaleString('en-GB')

export type RunInfo = { date: Date; command: string; machine: Machine; loadAtEnd: string; revision: string }

function buildTable(result: SizeResult, verdicts: string[]): string {
  const targets = TARGETS[result.size]
  const judged = (verdict: Verdict | undefined, what: string) => {
    if (verdict) verdicts.push(`${count(result.size)}: ${what}: ${verdict.text}`)
    return verdict?.text ?? ''
  }
  const { build, opened } = result
  const rssTarget = targets?.rssMb
  const rows = [
    ['Corpus generation (not part of the build)', `${result.generationSeconds.toFixed(1)} s`, '', ''],
    [
      'Index build (replaceAll)',
      `${build.buildSeconds.toFixed(1)} s`,
      targets?.buildSeconds ? `<= ${targets.buildSeconds} s` : '',
      judged(targets?.buildSeconds ? atMost(build.buildSeconds, targets.buildSeconds, 's') : undefined, 'build'),
    ],
    ['Index on disk after the build: database + write-ahead log', `${mb(build.dbMb)} + ${mb(build.walMb)}`, '', ''],
    ['RSS at start', mb(result.rssStartMb), '', ''],
    [
      `Peak RSS during the build (documents generated in batches of 1,000${build.peakSinceReset ? '' : '; process lifetime peak'})`,
      mb(build.peakRssMb),
      rssTarget ? `<= ${rssTarget} MB` : '',
      judged(
        rssTarget && build.peakRssMb !== undefined ? atMost(build.peakRssMb, rssTarget, 'MB', 0) : undefined,
        'peak RSS during the build',
      ),
    ],
    ['RSS after the build, garbage collected (not yet returned to the OS)', mb(result.rssAfterBuildMb), '', ''],
    ['JS heap used after the build', mb(result.heapAfterBuildMb), '', ''],
    ['Opening the built index in a fresh process', `${opened.openSeconds.toFixed(1)} s`, '', ''],
    ['RSS of that process with the index open', mb(opened.rssOpenMb), '', ''],
    [
      'RSS of that process after 20 searches (a web process’s footprint)',
      mb(opened.rssAfterSearchesMb),
      targets?.openRssMb ? `<= ${targets.openRssMb} MB` : '',
      judged(
        targets?.openRssMb ? atMost(opened.rssAfterSearchesMb, targets.openRssMb, 'MB', 0) : undefined,
        'RSS with the index open',
      ),
    ],
    ['RSS of the benchmark process after the query runs', mb(result.rssAfterQueriesMb), '', ''],
  ]
  return markdownTable(['Measure', 'Value', 'Target', 'Result'], rows, [false, true, false, false])
}

function queryTable(result: SizeResult, verdicts: string[]): string {
  const limit = TARGETS[result.size]?.p99Ms
  const rows = QUERY_TYPES.map(type => {
    const { facets, noFacets } = result.queries[type]
    const verdict = limit === undefined ? undefined : atMost(facets.p99, limit, 'ms', 2)
    if (verdict) verdicts.push(`${count(result.size)}: ${type} p99: ${verdict.text}`)
    return [
      type,
      count(facets.medianTotal),
      `${facets.zeroResults}/${facets.samples}`,
      ms(facets.p50),
      ms(facets.p95),
      ms(facets.p99),
      ms(facets.max),
      verdict?.text ?? '',
      noFacets ? `${ms(noFacets.p50)} / ${ms(noFacets.p99)}` : '(this is the facet case)',
    ]
  })
  return markdownTable(
    [
      'Query type',
      'Median hits',
      'No hits',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'Max ms',
      limit === undefined ? 'p99 target' : `p99 <= ${limit} ms`,
      'facets: false p50 / p99 ms',
    ],
    rows,
    [false, true, true, true, true, true, true, false, true],
  )
}

const PAGE_NAMES: Record<HttpPage, string> = {
  bare: 'bare EJS page',
  search: 'search page',
  unkept: 'search page, nothing kept',
  api: 'API search (JSON)',
}

function httpTable(http: HttpResult, size: number, verdicts: string[]): string {
  const rows = http.runs.map((run, index) => [
    String(index + 1),
    PAGE_NAMES[run.page],
    count(http.bytes[run.page]),
    run.load.requestsPerSecond.toFixed(1),
    count(run.load.requests),
    String(run.load.latencyP50),
    String(run.load.latencyP99),
    String(run.load.non2xx + run.load.errors),
  ])
  const minRatio = TARGETS[size]?.minRatio
  const verdict = minRatio === undefined ? undefined : ratioAtLeast(http.ratio, minRatio)
  if (verdict) verdicts.push(`${count(size)}: search page / bare page requests per second: ${verdict.text}`)
  const table = markdownTable(
    ['Run', 'Page', 'Bytes', 'Requests/s', 'Requests', 'Latency p50 ms', 'Latency p99 ms', 'Non-2xx or errors'],
    rows,
    [true, false, true, true, true, true, true, true],
  )
  const percentOfBare = (page: HttpPage) => `${((http.rps[page] / http.rps.bare) * 100).toFixed(1)}%`
  return [
    `Search page: \`${http.searchPath}\` (${http.resultCount}); API: \`${http.apiPath}\`. ${http.connections} connections, runs in the order shown. ` +
      'The search page keeps results and visitors’ pages until the index changes; “nothing kept” is the same page from an app whose engine offers no version, so every request searches, highlights and renders.',
    '',
    table,
    '',
    `Mean requests/s: search ${http.rps.search.toFixed(1)}, bare ${http.rps.bare.toFixed(1)}; ratio search/bare **${(http.ratio * 100).toFixed(1)}%**` +
      (minRatio === undefined ? '' : ` (target >= ${minRatio * 100}%: ${verdict!.text}).`),
    `Nothing kept: ${http.rps.unkept.toFixed(1)} requests/s, ${percentOfBare('unkept')} of bare. ` +
      `API search: ${http.rps.api.toFixed(1)} requests/s, ${percentOfBare('api')} of bare, ${(http.rps.api / http.rps.search).toFixed(2)}× the search page.`,
  ].join('\n')
}

/** The Markdown section for one run of the benchmark. */
export function report(results: SizeResult[], run: RunInfo): string {
  const verdicts: string[] = []
  const { machine } = run
  const first = results[0]
  const parts = [
    `## Run of ${run.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`${run.command}\``,
    `- Code: ${run.revision}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores (nproc), ${machine.memoryGiB} GiB memory, ${machine.kernel}, Node ${machine.node}; load average at start ${machine.load}, at end ${run.loadAtEnd}`,
    `- Queries: ${first?.rounds ?? 0} per type after ${first?.warmUp ?? 0} warm-up rounds, types taken in turn; corpus seed ${first?.seed ?? 1}. Every request is the search page's: first page of 20 by relevance, \`facets: true\`. The last column times other queries of the same type with \`facets: false\`, for comparison. Times are of \`engine.search()\` alone (queries analysed beforehand).`,
  ]
  for (const result of results) {
    const { words } = result
    parts.push(
      '',
      `### ${count(result.size)} case studies`,
      '',
      buildTable(result, verdicts),
      '',
      `Words are drawn half from the ${words.frequent} most frequent title and summary words (in ${count(words.frequentRange[0])} to ${count(words.frequentRange[1])} case studies) and half from the next ${words.mid} (in ${count(words.midRange[0])} to ${count(words.midRange[1])}).`,
      '',
      queryTable(result, verdicts),
    )
    if (result.http) parts.push('', `HTTP at ${count(result.size)}:`, '', httpTable(result.http, result.size, verdicts))
  }
  parts.push('', '### Targets', '', ...verdicts.map(verdict => `- ${verdict}`))
  return `${parts.join('\n')}\n`
}
