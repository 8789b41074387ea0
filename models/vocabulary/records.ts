import type { ObjectId } from 'mongodb'
import type { CaseStudyContent } from './content'

// The stored case study and its revisions as plain types, so that services, presenters and search
// may name them; the mongoose schemas that store them are models/CaseStudy.ts and
// models/CaseStudyRevision.ts (read and written only by server/data). Ids are the driver's ObjectId
// type, named without importing mongoose.

export const REVIEW_STATES = ['editing', 'submitted', 'changes-requested', 'rejected'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

/** One programme as one council ran it: its published version and its draft side by side. */
export type CaseStudyRecord = {
  _id: ObjectId
  leadCouncilCode: string
  slug: string
  externalId?: string | null
  previousSlugs: string[]
  createdBy: ObjectId | null
  version: number
  revision: number
  revisionKeys: string[]
  publishedRevisions: number[]
  /** Absent on records published before it was kept; see the public version history. */
  publications?: { revision: number; at: Date }[]
  draft: {
    content: CaseStudyContent
    revision: number
    reviewState: ReviewState
    submittedAt: Date | null
    submittedBy: ObjectId | null
    curatorComment: string
    /** The revision a curator asked to change: a resubmission is compared with it. */
    changesRequestedRevision?: number | null
    savedSections: string[]
    updatedAt: Date
  } | null
  published: {
    content: CaseStudyContent
    revision: number
    publishedAt: Date
    firstPublishedAt: Date
    publishedBy: ObjectId | null
  } | null
  archivedAt: Date | null
  /** When its publishers last confirmed its outcomes still hold. */
  reviewedAt?: Date | null
  evidenceConfirmation: { level: string; by: ObjectId; at: Date } | null
  createdAt: Date
  updatedAt: Date
}

/** Every save of a case study: who, when, which fields, and the whole content as it then stood. */
export type CaseStudyRevisionRecord = {
  _id: string
  caseStudyId: ObjectId
  number: number
  at: Date
  by: ObjectId | null
  action: string
  changedFields: string[]
  content: CaseStudyContent
}
