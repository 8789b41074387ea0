import type { ImportReport } from '../services/exchange/importService'

/** The most problems the page lists; the command line lists them all. */
const LISTED = 1_000
const number = (value: number) => value.toLocaleString('en-GB')

/** An import's report as the upload page shows it: the counts, then each problem by line and column. */
export function presentImportReport(report: ImportReport) {
  const would = report.dryRun ? 'Would be ' : ''
  return {
    heading: report.fileRejected
      ? 'The file was not imported'
      : report.dryRun
        ? 'File checked: nothing was imported'
        : `Imported as ${report.mode === 'drafts' ? 'drafts for review' : 'published case studies'}`,
    counts: report.fileRejected
      ? []
      : [
          { key: 'Rows in the file', value: number(report.rows) },
          { key: `${would}${report.dryRun ? 'created' : 'Created'}`, value: number(report.created) },
          { key: `${would}${report.dryRun ? 'updated' : 'Updated'}`, value: number(report.updated) },
          { key: 'Unchanged', value: number(report.unchanged) },
          { key: 'Left out because of a problem', value: number(report.rejected) },
        ],
    issues: report.issues.slice(0, LISTED).map(issue => ({
      line: number(issue.line),
      field: issue.field || 'Whole row',
      message: issue.message,
    })),
    unlisted: report.issues.length > LISTED ? number(report.issues.length - LISTED) : undefined,
  }
}
