import { createReadStream } from 'node:fs'
import type { Request, Response } from 'express'
import { parseImportForm } from '../../forms/importForm'
import { presentImportReport } from '../../presenters/importReportPresenter'
import type { Services } from '../../services'
import { renderForm } from '../render'
import { requestContext } from '../../middleware/requestContext'

const VIEW = 'pages/admin/import'
const TITLE = 'Import case studies'

/** Network admins: upload a CSV or JSON Lines file in the export schema, and read its report. */
export function importController({ caseStudyImports }: Pick<Services, 'caseStudyImports'>) {
  return {
    show: (_req: Request, res: Response) => {
      renderForm(res, VIEW, { title: TITLE, values: { mode: 'published' } })
    },

    submit: async (req: Request, res: Response) => {
      const parsed = parseImportForm((req.body ?? {}) as Record<string, unknown>, req.upload)
      if (!parsed.ok) return renderForm(res, VIEW, { title: TITLE, errors: parsed.errors, values: parsed.values })
      const { file, format, mode, dryRun } = parsed.data
      const report = await caseStudyImports.importFile(
        req.user,
        { name: file.name, size: file.size, format, open: () => createReadStream(file.path) },
        { mode, dryRun, context: requestContext(req) },
      )
      const values = { mode, dryRun: dryRun ? 'yes' : '' }
      const page = { title: TITLE, values, report: presentImportReport(report) }
      if (!report.fileRejected) return renderForm(res, VIEW, page)
      const text = 'The file cannot be read as case studies: see the problems listed'
      renderForm(res, VIEW, { ...page, errors: { list: [{ text, href: '#import-problems' }], messages: {} } })
    },
  }
}
