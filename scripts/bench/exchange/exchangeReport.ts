import type { Machine } from '../machine'
import { markdownTable } from '../markdownTable'
import type { ExportRun, ImportRun } from './exchangeRuns'

// What the brief asks of imports and exports, and how the report judges them.
const IMPORT_RATE_TARGET = 1_000
const EXPORT_PEAK_RSS_TARGET_MB = 300

const whole = (value: number) => Math.round(value).toLocaleString('en-GB')
const verdict = (ok: boolean, margin: string) => `${ok ? 'PASS' : 'MISS'} (${margin})`

type Report = {
  args: { import: number; export: number; seed: number }
  imports: { label: string; run: ImportRun }[]
  exports: ExportRun[]
  atStart: Machine
  atEnd: Machine
  code: string
}

/** The benchmark's Markdown section: machine, imports (with the index check), exports (with memory). */
export function exchangeReport({ args, imports, exports, atStart, atEnd, code }: Report): string {
  const lines = [
    `### Imports and exports, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Command: \`node --expose-gc --import tsx scripts/bench/exchange/benchExchange.ts --import ${args.import} --export ${args.export} --seed ${args.seed}\``,
    `- Code: ${code}`,
    `- Machine: ${atStart.cpu}, ${atStart.cores} cores, ${atStart.memoryGiB} GiB, ${atStart.kernel}, Node ${atStart.node}; load average at start ${atStart.load}, at end ${atEnd.load}`,
    '- Embedded store (FerretDB, SQLite) and embedded search engine in a new temporary data folder; synthetic corpus files (CSV) written before each import and not timed.',
    '',
    markdownTable(
      [
        'Import',
        'Rows',
        'Created',
        'Rejected',
        'Check pass s',
        'Write pass s',
        'Total s',
        'Case studies/s (total)',
        'CPU ms per case study: app + store',
        'Index = published',
        `≥ ${whole(IMPORT_RATE_TARGET)}/s`,
      ],
      imports.map(({ label, run }) => {
        const rate = run.created / run.totalSeconds
        return [
          label,
          whole(run.rows),
          whole(run.created),
          whole(run.rejected),
          run.checkSeconds.toFixed(1),
          run.writeSeconds.toFixed(1),
          run.totalSeconds.toFixed(1),
          whole(rate),
          `${((run.cpu.app * 1000) / run.created).toFixed(2)} + ${((run.cpu.store * 1000) / run.created).toFixed(2)}`,
          `${whole(run.indexed)} = ${whole(run.published)}, ${whole(run.pending)} pending`,
          verdict(
            rate >= IMPORT_RATE_TARGET,
            `${whole(Math.abs(rate - IMPORT_RATE_TARGET))}/s ${rate >= IMPORT_RATE_TARGET ? 'over' : 'under'}`,
          ),
        ]
      }),
      [false, true, true, true, true, true, true, true, true, false, false],
    ),
  ]
  if (exports.length)
    lines.push(
      '',
      markdownTable(
        [
          'Export of everything',
          'Rows',
          'MB',
          'Seconds',
          'Rows/s',
          'CPU ms per row: app + store',
          'RSS with index open MB',
          'Peak RSS MB',
          'Export’s own MB',
          'Heap MB: before / peak / after',
          `Peak ≤ ${EXPORT_PEAK_RSS_TARGET_MB} MB`,
        ],
        exports.map(run => {
          const peak = run.peakRssMb ?? NaN
          return [
            run.format.toUpperCase(),
            whole(run.rows),
            (run.bytes / 1024 / 1024).toFixed(0),
            run.seconds.toFixed(1),
            whole(run.rows / run.seconds),
            `${((run.cpu.app * 1000) / run.rows).toFixed(2)} + ${((run.cpu.store * 1000) / run.rows).toFixed(2)}`,
            whole(run.rssBeforeMb),
            whole(peak),
            whole(peak - run.rssBeforeMb),
            `${whole(run.heapBeforeMb)} / ${whole(run.heapPeakMb)} / ${whole(run.heapAfterMb)}`,
            verdict(
              peak <= EXPORT_PEAK_RSS_TARGET_MB,
              `${whole(Math.abs(peak - EXPORT_PEAK_RSS_TARGET_MB))} MB ${peak <= EXPORT_PEAK_RSS_TARGET_MB ? 'under' : 'over'}`,
            ),
          ]
        }),
        [false, true, true, true, true, true, true, true, true, true, false],
      ),
    )
  if (exports.length)
    lines.push(
      '',
      'An export runs in a fresh process with the search index open, as a web process serves it: "RSS with index open" is that process before the export, "Export’s own" what the export added at its peak.',
    )
  return `${lines.join('\n')}\n`
}
