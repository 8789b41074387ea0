import type { CaseStudyContent, FileItem } from '../../../models/vocabulary'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'

/** A version's hosted files; content stored before files existed has none. */
export const filesOf = (content: CaseStudyContent): FileItem[] => content.files ?? []

const lists = (content: CaseStudyContent | undefined, fileId: string) =>
  Boolean(content && filesOf(content).some(item => item.fileId === fileId))

/**
 * Does the case study still need this file: its draft or published version lists it, or any
 * revision that was ever published did? Each published revision is read by its _id, so this
 * costs one read per publication, never a scan.
 */
export async function isListedAnywhere(
  repository: Pick<CaseStudyRepository, 'findRevision'>,
  caseStudy: CaseStudyData,
  fileId: string,
): Promise<boolean> {
  if (lists(caseStudy.draft?.content, fileId) || lists(caseStudy.published?.content, fileId)) return true
  for (const number of caseStudy.publishedRevisions) {
    if (lists((await repository.findRevision(caseStudy, number))?.content, fileId)) return true
  }
  return false
}
