import { Schema, Types, model } from 'mongoose'
import type { AdoptionEventStatus } from './adoptionStatuses'

// The history of declarations, insert-only: every declaration, change and withdrawal is one event,
// which the dashboards count by day.
const adoptionDeclarationEventSchema = new Schema(
  {
    caseStudyId: { type: String, required: true },
    councilCode: { type: String, required: true },
    status: { type: String, required: true },
    note: { type: String, default: '' },
    by: { type: Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'adoptionDeclarationEvents', versionKey: false },
)

adoptionDeclarationEventSchema.index({ caseStudyId: 1, at: 1 })

export type AdoptionDeclarationEventRecord = {
  _id: Types.ObjectId
  caseStudyId: string
  councilCode: string
  status: AdoptionEventStatus
  note: string
  by: Types.ObjectId
  at: Date
}

export const AdoptionDeclarationEvent = model('AdoptionDeclarationEvent', adoptionDeclarationEventSchema)
