import type { Readable } from 'node:stream'
import type { CaseStudyExchangeRepository } from '../../data/caseStudyExchangeRepository'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import type { ExchangeFormat } from './exchangeFormats'
import type { ImportMode } from './importedCaseStudy'
import { readRecords, ImportFileError } from './importReader'
import { readRow, type ImportRow, type Issue } from './importRow'
import { checkReferences } from './importReferences'
import { createImportWriter } from './importWriter'

// Rows written at a time: one insert of each kind per batch.
const BATCH = 500

/** A file to import: opened once to check it and once to write it. */
export type ImportSource = { name: string; size: number; format: ExchangeFormat; open: () => Readable }

/** How far a pass over the file has got: bytes and rows read in this pass. */
export type ImportProgress = { phase: 'checking' | 'importing'; bytes: number; size: number; rows: number }

export type ImportOptions = {
  mode: ImportMode
  dryRun: boolean
  context: RequestContext
  onProgress?: (progress: ImportProgress) => void
}

export type ImportReport = {
  file: string
  mode: ImportMode
  dryRun: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Problems by line: rows with one are left out; a problem at line 1 with no rows read is the file's. */
  issues: Issue[]
  rejected: number
  fileRejected: boolean
}

type Dependencies = {
  repository: CaseStudyRepository
  exchange: CaseStudyExchangeRepository
  councils: CouncilService
  audit: AuditService
  clock: Clock
  indexCommitted?: (caseStudies: CaseStudyData[]) => Promise<void>
}

/** Opens the source, counting the bytes read so far into `read.bytes`, for progress. */
function counted(source: ImportSource, read: { bytes: number }): Readable {
  read.bytes = 0
  return source.open().on('data', (chunk: Buffer) => (read.bytes += chunk.length))
}

/**
 * Bulk import of case studies in the export schema. Two passes over the file: the first checks
 * every row (and that each adapted_from_external_id will resolve) without writing anything, so
 * the report is complete even before anything is written; the second writes the good rows in
 * batches (importWriter.ts). Rows with problems are left out and reported; the others go in.
 */
export function createImportService(deps: Dependencies) {
  async function importFile(
    actor: MaybeUser | 'command-line',
    source: ImportSource,
    options: ImportOptions,
  ): Promise<ImportReport> {
    if (actor !== 'command-line') authorise(isNetworkAdmin(actor), 'Only network admins can import case studies')
    const report: ImportReport = {
      file: source.name,
      mode: options.mode,
      dryRun: options.dryRun,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      issues: [],
      rejected: 0,
      fileRejected: false,
    }
    let rowsRead = 0
    const read = { bytes: 0 }
    // After every row (the bar decides how often to draw), and at the end of each pass.
    const progress = (phase: ImportProgress['phase'], done = false) =>
      options.onProgress?.({
        phase,
        bytes: done ? source.size : Math.min(read.bytes, source.size - 1),
        size: source.size,
        rows: rowsRead,
      })
    const councilCodes = new Set((await deps.councils.all()).map(council => council.gssCode))
    const isCouncil = (code: string) => councilCodes.has(code)
    const rejected = new Map<number, Issue[]>()
    const valid = new Map<string, number>()
    const references: { line: number; externalId: string; reference: string }[] = []
    try {
      for await (const item of readRecords(counted(source, read), source.format)) {
        report.rows = ++rowsRead
        progress('checking')
        const result = item.issues ? item : readRow(item.line, item.record, isCouncil)
        if (result.issues) {
          rejected.set(item.line, result.issues)
          continue
        }
        const { row } = result
        const first = valid.get(row.externalId)
        if (first !== undefined) {
          rejected.set(row.line, [
            {
              line: row.line,
              field: 'external_id',
              message: `Already used on line ${first}: each case study appears once in a file`,
            },
          ])
          continue
        }
        valid.set(row.externalId, row.line)
        if (row.adaptedFromExternalId)
          references.push({ line: row.line, externalId: row.externalId, reference: row.adaptedFromExternalId })
      }
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error
      return { ...report, issues: error.issues, fileRejected: true }
    }
    progress('checking', true)
    for (const issue of await checkReferences(references, valid, deps.exchange)) rejected.set(issue.line, [issue])

    const writer = createImportWriter(
      deps,
      { actorId: options.context.actorId, mode: options.mode, now: deps.clock() },
      options.dryRun,
    )
    const flush = async (rows: ImportRow[]) => {
      const outcome = await writer.write(rows)
      report.created += outcome.created
      report.updated += outcome.updated
      report.unchanged += outcome.unchanged
      for (const issue of outcome.issues) rejected.set(issue.line, [issue])
    }
    // The next batch is read and checked while the one before is written.
    let writing: Promise<void> = Promise.resolve()
    let batch: ImportRow[] = []
    rowsRead = 0
    for await (const item of readRecords(counted(source, read), source.format)) {
      rowsRead++
      progress('importing')
      if (item.issues || rejected.has(item.line)) continue
      const { row } = readRow(item.line, item.record, isCouncil)
      batch.push(row!)
      if (batch.length < BATCH) continue
      await writing
      writing = flush(batch)
      // Marked handled now, awaited below: a failure while the next batch is read is thrown there.
      writing.catch(() => undefined)
      batch = []
    }
    await writing
    if (batch.length) await flush(batch)
    await writer.finish()
    progress('importing', true)

    report.issues = [...rejected.values()].flat().sort((a, b) => a.line - b.line)
    report.rejected = rejected.size
    if (!options.dryRun)
      await deps.audit.record(options.context, {
        action: 'case-study.imported',
        subjectType: 'catalogue',
        subjectId: 'import',
        details: {
          file: source.name,
          format: source.format,
          mode: options.mode,
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected,
        },
      })
    return report
  }

  return { importFile }
}

export type ImportService = ReturnType<typeof createImportService>
