import { Schema, Types, model } from 'mongoose'

// A hosted file whose fate is not settled yet: one being uploaded (until its case study lists it)
// or one being removed (until it is deleted or found still needed). Written before the first
// chunk and deleted once the change is committed, so a process that dies in between leaves a
// record saying which file to look at: the next upload's sweep keeps the file if a case study
// still lists it and deletes it otherwise (server/services/documents/documentService.ts). Only a
// handful exist at any time, so reading them all stays cheap on FerretDB (which scans).
const pendingDocumentFileSchema = new Schema(
  {
    _id: { type: Types.ObjectId, required: true },
    caseStudyId: { type: Types.ObjectId, required: true },
    since: { type: Date, required: true },
  },
  { collection: 'pendingDocumentFiles', versionKey: false },
)

export type PendingDocumentFileRecord = { _id: Types.ObjectId; caseStudyId: Types.ObjectId; since: Date }

export const PendingDocumentFile = model('PendingDocumentFile', pendingDocumentFileSchema)
