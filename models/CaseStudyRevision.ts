import { Schema, Types, model } from 'mongoose'
import { caseStudyContentSchema } from './caseStudyContentSchema'

/** The record type is part of the case-study vocabulary, which every layer may read. */
export type { CaseStudyRevisionRecord } from './vocabulary'

// Every save of a case study: who, when, which fields, and the whole content as it then stood.
// _id is "<caseStudyId>:<number>:<key>", so a committed revision is looked up by _id (see
// revisionKeys on the case study).
const caseStudyRevisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: Types.ObjectId, required: true },
    number: { type: Number, required: true },
    at: { type: Date, required: true },
    by: { type: Types.ObjectId, default: null },
    action: { type: String, required: true },
    changedFields: { type: [String], default: [] },
    content: { type: caseStudyContentSchema, required: true },
  },
  { collection: 'caseStudyRevisions', versionKey: false },
)

caseStudyRevisionSchema.index({ caseStudyId: 1, number: -1 })

export const CaseStudyRevision = model('CaseStudyRevision', caseStudyRevisionSchema)
