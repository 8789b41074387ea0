import { Schema, Types, model } from 'mongoose'
import type { AdoptionStatus } from './adoptionStatuses'

// What a council currently says about a case study: one document per case study and council, its
// _id "<caseStudyId>:<councilCode>", so a declaration, a change and a withdrawal each touch one
// document found by _id alone (FerretDB narrows its SQL only for that). Withdrawing deletes it; the
// history is in adoptionDeclarationEvents.
const adoptionDeclarationSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: String, required: true },
    councilCode: { type: String, required: true },
    status: { type: String, required: true },
    note: { type: String, default: '' },
    declaredBy: { type: Types.ObjectId, required: true },
    firstDeclaredAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    // The draft started from this declaration ("Publish your version"), so a second click opens it.
    adaptationDraftId: { type: String, default: null },
  },
  { collection: 'adoptionDeclarations', versionKey: false },
)

// For the case study page's list on MongoDB; FerretDB scans, which a small collection allows.
adoptionDeclarationSchema.index({ caseStudyId: 1 })

export type AdoptionDeclarationRecord = {
  _id: string
  caseStudyId: string
  councilCode: string
  status: AdoptionStatus
  note: string
  declaredBy: Types.ObjectId
  firstDeclaredAt: Date
  updatedAt: Date
  adaptationDraftId: string | null
}

export const declarationId = (caseStudyId: string, councilCode: string) => `${caseStudyId}:${councilCode}`

export const AdoptionDeclaration = model('AdoptionDeclaration', adoptionDeclarationSchema)
