import { Schema, Types, model } from 'mongoose'
import { REVIEW_STATES } from './vocabulary'
import { caseStudyContentSchema } from './caseStudyContentSchema'

/** The record type and review states are part of the case-study vocabulary, which every layer may read. */
export { REVIEW_STATES, type CaseStudyRecord, type ReviewState } from './vocabulary'

// One programme as one council ran it. The document holds the live (published) version and the
// working (draft) version side by side, so visitors keep seeing the published one while an edit
// is reviewed, and publishing is one single-document update. `revision` counts committed saves:
// revision documents with a higher number were never committed and are ignored (see
// server/data/caseStudyRepository.ts for the write order).
const caseStudySchema = new Schema(
  {
    leadCouncilCode: { type: String, required: true },
    slug: { type: String, required: true },
    // The identifier an import's source gives it (caseStudyExternalIds holds the unique claim), or
    // null for a case study written on the site.
    externalId: { type: String, default: null },
    previousSlugs: { type: [String], default: [] },
    createdBy: { type: Types.ObjectId, default: null },
    // Counts every committed change (the optimistic-concurrency check); `revision` counts saves.
    version: { type: Number, required: true, default: 1 },
    revision: { type: Number, required: true, default: 0 },
    // The random key of each committed revision, in order: revision n's snapshot has _id
    // "<caseStudyId>:<n>:<revisionKeys[n-1]>".
    revisionKeys: { type: [String], default: [] },
    publishedRevisions: { type: [Number], default: [] },
    // When each revision was published, for the public version history. Pairs rather than an array
    // beside publishedRevisions: records published before this field existed lack the early entries.
    publications: {
      type: [new Schema({ revision: Number, at: Date }, { _id: false })],
      default: undefined,
    },
    draft: {
      type: new Schema(
        {
          content: { type: caseStudyContentSchema, required: true },
          revision: { type: Number, required: true },
          reviewState: { type: String, enum: REVIEW_STATES, required: true },
          submittedAt: { type: Date, default: null },
          submittedBy: { type: Types.ObjectId, default: null },
          curatorComment: { type: String, default: '' },
          // The draft revision a curator asked to change: on resubmission the review page shows
          // what changed since then.
          changesRequestedRevision: { type: Number, default: null },
          // Task-list sections saved at least once, so "not started" and "in progress" differ.
          savedSections: { type: [String], default: [] },
          updatedAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    published: {
      type: new Schema(
        {
          content: { type: caseStudyContentSchema, required: true },
          revision: { type: Number, required: true },
          publishedAt: { type: Date, required: true },
          firstPublishedAt: { type: Date, required: true },
          publishedBy: { type: Types.ObjectId, default: null },
        },
        { _id: false },
      ),
      default: null,
    },
    archivedAt: { type: Date, default: null },
    // When a publisher last confirmed the outcomes still hold (server/services/diffusion/freshnessService.ts);
    // "last reviewed" is the later of this and the latest publication.
    reviewedAt: { type: Date, default: null },
    // A curator's confirmation of the evidence level; absent, the level shown is self-assessed.
    evidenceConfirmation: {
      type: new Schema({ level: String, by: Types.ObjectId, at: Date }, { _id: false }),
      default: null,
    },
  },
  { timestamps: true, collection: 'caseStudies' },
)

caseStudySchema.index({ leadCouncilCode: 1 })
caseStudySchema.index({ 'draft.reviewState': 1, 'draft.submittedAt': 1 })

export const CaseStudy = model('CaseStudy', caseStudySchema)
