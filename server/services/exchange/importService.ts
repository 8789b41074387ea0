import type { CaseStudyExchangeRepository } from '../../data/caseStudyExchangeRepository'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import type { ImportMode } from './importedCaseStudy'
import { checkPass, writePass, type ImportProgress, type ImportSource } from './importPasses'
import { ImportFileError } from './importReader'
import type { Issue } from './importRow'
import { createImportWriter } from './importWriter'

export type { ImportProgress, ImportSource }

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
  /** Problems by line; rows with one were left out. */
  issues: Issue[]
  rejected: number
  /** The file could not be read as case studies at all (its header): nothing was imported. */
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

/**
 * Bulk import of case studies in the export schema. Two passes over the file: the first checks
 * every row (and that each adapted_from_external_id will resolve) without writing anything, so the
 * report is complete before anything is written; the second writes the good rows in batches
 * (importWriter.ts). Rows with problems are left out and reported; the others go in.
 */
export function createImportService(deps: Dependencies) {
  async function importFile(
    actor: MaybeUser | 'command-line',
    source: ImportSource,
    options: ImportOptions,
  ): Promise<ImportReport> {
    if (actor !== 'command-line') authorise(isNetworkAdmin(actor), 'Only network admins can import case studies')
    const empty = { created: 0, updated: 0, unchanged: 0, rejected: 0, fileRejected: false }
    const report = { file: source.name, mode: options.mode, dryRun: options.dryRun, ...empty }
    const councilCodes = new Set((await deps.councils.all()).map(council => council.gssCode))
    const pass = { source, isCouncil: (code: string) => councilCodes.has(code), onProgress: options.onProgress }

    let checked
    try {
      checked = await checkPass(pass, deps.exchange)
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error
      return { ...report, rows: 0, issues: error.issues, fileRejected: true }
    }
    const { rows, rejected } = checked
    const writer = createImportWriter(
      deps,
      { actorId: options.context.actorId, mode: options.mode, now: deps.clock() },
      options.dryRun,
    )
    const totals = await writePass(pass, rejected, writer.write)
    await writer.finish()

    const done: ImportReport = {
      ...report,
      ...totals,
      rows,
      rejected: rejected.size,
      issues: [...rejected.values()].flat().sort((a, b) => a.line - b.line),
    }
    if (!options.dryRun)
      await deps.audit.record(options.context, {
        action: 'case-study.imported',
        subjectType: 'catalogue',
        subjectId: 'import',
        details: {
          file: source.name,
          format: source.format,
          mode: options.mode,
          rows,
          created: done.created,
          updated: done.updated,
          unchanged: done.unchanged,
          rejected: done.rejected,
        },
      })
    return done
  }

  return { importFile }
}

export type ImportService = ReturnType<typeof createImportService>
