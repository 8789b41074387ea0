import { Schema, Types, model } from 'mongoose'

// Every slug a case study has ever had, keyed by the slug itself: the public page finds a case
// study by _id (no scan on FerretDB), an old slug still resolves (for its 301), and _id's
// uniqueness stops two case studies claiming one slug.
const caseStudySlugSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: Types.ObjectId, required: true },
  },
  { collection: 'caseStudySlugs', versionKey: false },
)

export type CaseStudySlugRecord = { _id: string; caseStudyId: Types.ObjectId }
export const CaseStudySlug = model('CaseStudySlug', caseStudySlugSchema)
