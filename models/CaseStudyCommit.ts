import { Schema, model } from 'mongoose'

// One document per claim on a version of a case study, _id "<caseStudyId>:<version>" (then
// ":<attempt>" for each takeover of an abandoned claim). Inserting it is how a change claims the
// next version: _id is unique, so of two simultaneous changes exactly one succeeds. (FerretDB v1
// evaluates a conditional update's filter and applies it without isolation, so
// `updateOne({ version: n })` alone lets both of two racing writers through.) The claim is a
// lease that ends at `expiresAt` (see server/data/versionClaim.ts); claims made before leases
// existed have only `at`.
const caseStudyCommitSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    expiresAt: { type: Date, default: null },
  },
  { collection: 'caseStudyCommits', versionKey: false },
)

export const CaseStudyCommit = model('CaseStudyCommit', caseStudyCommitSchema)
