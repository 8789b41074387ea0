import { Schema, Types, model, type InferSchemaType } from 'mongoose'

// Who did what to which record, when, from where. Actors and subjects are ids, never names or
// emails, so deleting an account removes its personal data without rewriting history.
const auditEventSchema = new Schema(
  {
    at: { type: Date, required: true },
    actorId: { type: Types.ObjectId, default: null },
    action: { type: String, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true },
    ip: { type: String, default: null },
    details: { type: Schema.Types.Mixed, default: {} },
  },
  { collection: 'auditEvents', versionKey: false },
)

auditEventSchema.index({ at: -1 })
auditEventSchema.index({ actorId: 1, at: -1 })

export type AuditEventRecord = InferSchemaType<typeof auditEventSchema> & { _id: Types.ObjectId }
export const AuditEvent = model('AuditEvent', auditEventSchema)
