import { Schema, model } from 'mongoose'

// A case study an officer saved. The _id is "<userId>:<caseStudyId>", so "is this saved?" on a
// case study page is a lookup by _id alone (FerretDB scans for anything else), and saving twice
// is one record.
const savedCaseStudySchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, index: true },
    caseStudyId: { type: String, required: true },
    savedAt: { type: Date, required: true },
  },
  { collection: 'savedCaseStudies', versionKey: false },
)

export type SavedCaseStudyRecord = { _id: string; userId: string; caseStudyId: string; savedAt: Date }
export const SavedCaseStudy = model('SavedCaseStudy', savedCaseStudySchema)
