import { createReadStream } from 'node:fs'
import type { Request, Response } from 'express'
import { CsrfError, HttpError } from '../../errors/httpError'
import { MAX_IMPORT_BYTES, parseImportForm } from '../../forms/importForm'
import { readUploadForm } from '../readUploadForm'
import { saveUpload } from './saveUpload'
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
      let form
      try {
        form = await readUploadForm(
          req,
          (name, stream) => saveUpload(res, name, stream, MAX_IMPORT_BYTES),
          MAX_IMPORT_BYTES,
        )
      } catch {
        throw new HttpError(400, 'The upload was interrupted or malformed')
      }
      if (!form.csrfValid) throw new CsrfError()
      const parsed = parseImportForm(form.fields, form.file)
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
