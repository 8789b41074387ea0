import type { FileItem } from '../../models/caseStudyContent'
import { LICENCES, labelOf } from '../../models/caseStudyLists'
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
    licence: labelOf(LICENCES, file.licence),
  }))
}

export type PresentedFile = ReturnType<typeof presentFiles>[number]
