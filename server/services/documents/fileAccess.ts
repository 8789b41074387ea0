import { DOCUMENT_FILE_TYPES, isDocumentFileKind } from '../../../models/documentFileTypes'
import type { CaseStudyRepository } from '../../data/caseStudyRepository'
import type { DocumentFileRepository } from '../../data/documentFileRepository'
import { NotFoundError } from '../../errors/httpError'
import type { MaybeUser } from '../authorisation'
import { canEdit } from '../caseStudies/access'
import { downloadName } from './downloadName'
import { filesOf } from './fileListings'

/**
 * A file to download. Those who may edit its case study get any of its files; everyone else gets
 * only the files the published version lists, and only while it is not archived. Anything else
 * is 404, so a draft's files (or whether it has any) stay private, even to someone guessing ids.
 */
export async function openFile(
  { files, caseStudies }: { files: DocumentFileRepository; caseStudies: CaseStudyRepository },
  actor: MaybeUser,
  fileId: string,
) {
  const file = await files.find(fileId)
  const caseStudy = file && (await caseStudies.findById(file.metadata.caseStudyId))
  if (!file || !caseStudy || !isDocumentFileKind(file.metadata.kind)) throw new NotFoundError()
  const publicItem =
    caseStudy.published && !caseStudy.archivedAt
      ? filesOf(caseStudy.published.content).find(item => item.fileId === fileId)
      : undefined
  const editor = canEdit(actor, caseStudy)
  if (!publicItem && !editor) throw new NotFoundError()
  const listed =
    publicItem ??
    [caseStudy.draft?.content, caseStudy.published?.content]
      .flatMap(content => (content ? filesOf(content) : []))
      .find(item => item.fileId === fileId)
  return {
    name: downloadName(listed?.title ?? file.filename.replace(/\.[^.]*$/, ''), file.metadata.kind),
    contentType: DOCUMENT_FILE_TYPES[file.metadata.kind].contentType,
    bytes: file.length,
    isPublic: Boolean(publicItem),
    content: files.read(file),
  }
}
