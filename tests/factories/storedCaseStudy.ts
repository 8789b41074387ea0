import { randomBytes } from 'node:crypto'
import { CaseStudy } from '../../models/CaseStudy'
import type { CaseStudyContent } from '../../models/vocabulary'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import { publishedRecord } from '../../server/services/caseStudies/publishedRecord'

type Options = {
  content: CaseStudyContent
  councilCode?: string
  /** Also a draft with this content, in this review state, beside the published version. */
  draft?: { content: CaseStudyContent; reviewState: 'editing' | 'submitted' }
}

/**
 * A published case study written straight through the repository, as a bulk load or a record
 * from an older version of the service would be: no form has checked what it holds.
 */
export async function insertPublishedCaseStudy({ content, councilCode = 'E08000035', draft }: Options) {
  const id = caseStudyRepository.newId()
  const slug = `stored-${randomBytes(4).toString('hex')}`
  const at = new Date()
  const record = publishedRecord({
    id,
    councilCode,
    slug,
    content,
    publishedAt: at,
    firstPublishedAt: at,
    confirmedEvidenceLevel: null,
    action: 'test-insert',
    revisionKey: 'test',
  })
  await caseStudyRepository.insertManyPublished([record.caseStudy], [record.revision], [{ _id: slug, caseStudyId: id }])
  if (draft) {
    const stored = await caseStudyRepository.findById(id)
    await caseStudyRepository.commit(stored!, {
      set: {
        draft: {
          content: draft.content,
          revision: 1,
          reviewState: draft.reviewState,
          submittedAt: draft.reviewState === 'submitted' ? at : null,
          submittedBy: null,
          curatorComment: '',
          savedSections: [],
          updatedAt: at,
        },
      },
    })
  }
  return { id: id.toString(), slug }
}

/** The content of a case study already stored (to copy a complete one). */
export async function storedContent(id: string): Promise<CaseStudyContent> {
  const stored = await CaseStudy.findById(id).lean()
  const content = stored?.draft?.content ?? stored?.published?.content
  if (!content) throw new Error(`no case study ${id}`)
  return structuredClone(content) as CaseStudyContent
}
