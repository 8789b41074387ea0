// npm run import -- FILE [--dry-run] [--as drafts|published]
// Imports case studies from a CSV or JSON Lines file in the export schema (see the codebook,
// /case-studies/export/codebook), by external_id: new ones are added, changed ones updated,
// unchanged ones left alone. Rows with problems are listed by line and left out; the rest go in.
// Progress goes to stderr, the report to stdout. Exit status: 0 every row in, 1 some rows (or the
// whole file) refused, 2 bad arguments, 3 the import failed. Safe to stop and run again.
import { statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { ImportReport } from '../server/services/exchange/importService'
import { progressBar } from './exchange/progressBar'
import { runImport } from './exchange/runImport'
import { runTool, withServices } from './withServices'

const USAGE = 'Usage: npm run import -- FILE [--dry-run] [--as drafts|published]'

function parse(): { file: string; dryRun: boolean; mode: 'drafts' | 'published' } | undefined {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, as: { type: 'string' } },
    })
  } catch (error) {
    console.error((error as Error).message)
    return undefined
  }
  const { positionals, values } = parsed
  const problems: string[] = []
  if (positionals.length !== 1) problems.push('Name one file to import')
  const mode = values.as ?? 'published'
  if (mode !== 'drafts' && mode !== 'published') problems.push('--as: must be drafts or published')
  const file = positionals[0] ? path.resolve(positionals[0]) : ''
  if (file && !statSync(file, { throwIfNoEntry: false })?.isFile()) problems.push(`No such file: ${file}`)
  for (const problem of problems) console.error(problem)
  return problems.length
    ? undefined
    : { file, dryRun: Boolean(values['dry-run']), mode: mode as 'drafts' | 'published' }
}

function print(report: ImportReport): void {
  const count = (value: number) => value.toLocaleString('en-GB')
  const totals = `${count(report.created)} created, ${count(report.updated)} updated, ${count(report.unchanged)} unchanged, ${count(report.rejected)} rejected, of ${count(report.rows)} rows in ${report.file}`
  if (report.fileRejected) console.log(`Nothing was imported: ${report.file} cannot be read as case studies.`)
  else if (report.dryRun) console.log(`Dry run, nothing written. Importing as ${report.mode} would give: ${totals}.`)
  else console.log(`Imported as ${report.mode}: ${totals}.`)
  for (const issue of report.issues)
    console.log(`line ${issue.line}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`)
}

async function main(): Promise<number> {
  const args = parse()
  if (!args) {
    console.error(USAGE)
    return 2
  }
  return withServices(async services => {
    try {
      const bar = progressBar()
      const report = await runImport(services, args.file, {
        mode: args.mode,
        dryRun: args.dryRun,
        onProgress: progress => bar.update(progress),
      })
      bar.done()
      print(report)
      return report.fileRejected || report.rejected > 0 ? 1 : 0
    } finally {
      await services.searchIndex.stop()
    }
  })
}

runTool('import', main, 3)
