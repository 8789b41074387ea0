import type { Types } from 'mongoose'
import type { CaseStudyContent } from '../../../models/vocabulary'
import type { CaseStudyData, RevisionData } from '../../data/caseStudyRepository'

export type PublishedRecordInput = {
  id: Types.ObjectId
  councilCode: string
  slug: string
  content: CaseStudyContent
  publishedAt: Date
  firstPublishedAt: Date
  /** The level a curator confirmed, or null when the publisher's own level stands. */
  confirmedEvidenceLevel: string | null
  /** Where the content came from ("demo-content"), recorded as the revision's action. */
  action: string
  /** The first revision's key, fixed because no concurrent writer can race a bulk load. */
  revisionKey: string
}

/**
 * A case study published whole in one go (demo content, a synthetic corpus): its document and its
 * single revision, for caseStudyRepository.insertManyPublished.
 */
export function publishedRecord(input: PublishedRecordInput): {
  caseStudy: Omit<CaseStudyData, 'createdAt' | 'updatedAt'>
  revision: RevisionData
} {
  const { id, content, publishedAt } = input
  return {
    revision: {
      _id: `${id.toString()}:1:${input.revisionKey}`,
      caseStudyId: id,
      number: 1,
      at: publishedAt,
      by: null,
      action: input.action,
      changedFields: Object.keys(content),
      content,
    },
    caseStudy: {
      _id: id,
      leadCouncilCode: input.councilCode,
      slug: input.slug,
      previousSlugs: [],
      createdBy: null,
      version: 1,
      revision: 1,
      revisionKeys: [input.revisionKey],
      publishedRevisions: [1],
      publications: [{ revision: 1, at: publishedAt }],
      draft: null,
      published: {
        content,
        revision: 1,
        publishedAt,
        firstPublishedAt: input.firstPublishedAt,
        publishedBy: null,
      },
      archivedAt: null,
      evidenceConfirmation:
        input.confirmedEvidenceLevel === null
          ? null
          : { level: input.confirmedEvidenceLevel, by: null as never, at: publishedAt },
    },
  }
}
