import type { Request, Response } from 'express'
import { LICENCES } from '../../../models/vocabulary'
import { MAX_FILE_BYTES, MAX_FILES_PER_CASE_STUDY } from '../../../models/documentFileTypes'
import { CsrfError, HttpError } from '../../errors/httpError'
import { FORM_ALLOWANCE_BYTES, uploadFileForm } from '../../forms/documentUploadForm'
import { readUploadForm } from '../readUploadForm'
import { formErrors, parseForm, type FormErrors } from '../../forms/formErrors'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { EditConflictError } from '../../services/caseStudies/caseStudyEditingService'
import { drain, type Received } from '../../services/documents/receiveFile'
import { renderForm } from '../render'
import { requestContext } from '../../middleware/requestContext'
import { fileProblemMessage } from './fileProblemMessage'

const VIEW = 'pages/publish/uploadFile'
const TITLE = 'Upload a file'
const FULL_MESSAGE = `You have uploaded ${MAX_FILES_PER_CASE_STUDY} files, the most a case study can have. Remove a file before uploading another`
const CONFLICT_MESSAGE = 'Someone else changed this case study while you were uploading. Upload the file again'

export function documentFilesController({ documents }: Pick<Services, 'documents'>) {
  function render(
    res: Response,
    id: string,
    page: { title: string; full: boolean; count: number },
    errors?: FormErrors,
    values = {},
  ) {
    renderForm(res, VIEW, {
      title: TITLE,
      errors,
      values,
      caseStudyTitle: page.title,
      full: page.full,
      count: page.count,
      maxFiles: MAX_FILES_PER_CASE_STUDY,
      licences: LICENCES,
      action: paths.publish.uploadFile(id),
      backHref: paths.publish.section(id, 'documents'),
    })
  }

  return {
    show: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      render(res, id, await documents.forUpload(req.user, id))
    },

    upload: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      // Who may upload, and whether there is room, is known before a byte of the file is read.
      const page = await documents.forUpload(req.user, id)
      if (Number(req.headers['content-length']) > MAX_FILE_BYTES + FORM_ALLOWANCE_BYTES)
        return render(res, id, page, formErrors([['file', fileProblemMessage({ ok: false, problem: 'too-large' })]]))
      let form
      try {
        form = await readUploadForm<Received | undefined>(
          req,
          (name, stream) =>
            page.full ? drain(stream).then(() => undefined) : documents.receive(page.caseStudy, name, stream),
          MAX_FILE_BYTES,
        )
      } catch {
        throw new HttpError(400, 'The upload was interrupted or malformed')
      }
      const received = form.file?.ok ? form.file.file : undefined
      if (!form.csrfValid) {
        if (received) await documents.discard(received)
        throw new CsrfError()
      }
      const fields = parseForm(uploadFileForm, form.fields)
      const problems: [string, string][] = []
      if (page.full) problems.push(['file', FULL_MESSAGE])
      else if (!received) problems.push(['file', fileProblemMessage(form.file ?? { ok: false, problem: 'missing' })])
      if (!fields.ok)
        problems.push(...fields.errors.list.map(({ text, href }) => [href.slice(1), text] as [string, string]))
      if (problems.length || !received || !fields.ok) {
        if (received) await documents.discard(received)
        return render(res, id, page, formErrors(problems), form.fields)
      }
      let outcome
      try {
        outcome = await documents.attach(req.user!, received, fields.data, requestContext(req))
      } catch (error) {
        if (!(error instanceof EditConflictError)) throw error
        return render(res, id, page, formErrors([['file', CONFLICT_MESSAGE]]), form.fields)
      }
      if (outcome === 'full')
        return render(res, id, { ...page, full: true }, formErrors([['file', FULL_MESSAGE]]), form.fields)
      req.session.flash = `‘${fields.data.title}’ uploaded`
      res.redirect(paths.publish.section(id, 'documents'))
    },

    remove: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      const title = await documents.remove(req.user!, id, String(req.params.fileId), requestContext(req))
      req.session.flash = `‘${title}’ removed`
      res.redirect(paths.publish.section(id, 'documents'))
    },
  }
}
