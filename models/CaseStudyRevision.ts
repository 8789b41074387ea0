import { Schema, Types, model } from 'mongoose'
import type { CaseStudyContent } from './vocabulary'
import { caseStudyContentSchema } from './caseStudyContentSchema'

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

export type CaseStudyRevisionRecord = {
  _id: string
  caseStudyId: Types.ObjectId
  number: number
  at: Date
  by: Types.ObjectId | null
  action: string
  changedFields: string[]
  content: CaseStudyContent
}

export const CaseStudyRevision = model('CaseStudyRevision', caseStudyRevisionSchema)
