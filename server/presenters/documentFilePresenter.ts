import { type FileItem, STORED_LICENCES, labelOf } from '../../models/vocabulary'
import { fileDescription } from '../../models/documentFileTypes'
import { paths } from '../paths'
import { downloadName } from '../services/documents/downloadName'
import { formatDate } from './formatDate'

/** Hosted files as pages list them: a download link, "PDF, 1.2 MB", the upload date and licence. */
export function presentFiles(files: FileItem[] | undefined) {
  return (files ?? []).map(file => ({
    fileId: file.fileId,
    title: file.title,
    href: paths.files.download(file.fileId, downloadName(file.title, file.kind)),
    description: fileDescription(file),
    uploadedOn: formatDate(file.uploadedAt),
    // Every licence a stored file may carry, retired ones too, as documents and the case study do.
    licence: labelOf(STORED_LICENCES, file.licence),
  }))
}
