import { Schema, Types, model } from 'mongoose'

// Each imported case study's external id (unique per source, e.g. "lga:1234"), keyed by the id
// itself: _id's uniqueness is the unique index that stops one external id naming two case
// studies, and an import finds a case study by it without a scan on FerretDB. A claim is written
// before its case study (see server/data/caseStudyImportRepository.ts), so a claim whose case
// study is missing was left by an import that stopped: rerunning it creates the case study under
// the claimed id.
const caseStudyExternalIdSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: Types.ObjectId, required: true },
  },
  { collection: 'caseStudyExternalIds', versionKey: false },
)

export type CaseStudyExternalIdRecord = { _id: string; caseStudyId: Types.ObjectId }
export const CaseStudyExternalId = model('CaseStudyExternalId', caseStudyExternalIdSchema)
