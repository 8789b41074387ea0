import { Schema, model } from 'mongoose'

// One document per commit of a case study, _id "<caseStudyId>:<version>". Inserting it is how a
// change claims the next version: _id is unique, so of two simultaneous changes exactly one
// succeeds. (FerretDB v1 evaluates a conditional update's filter and applies it without
// isolation, so `updateOne({ version: n })` alone lets both of two racing writers through.)
const caseStudyCommitSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'caseStudyCommits', versionKey: false },
)

export const CaseStudyCommit = model('CaseStudyCommit', caseStudyCommitSchema)
