import { Schema, model } from 'mongoose'

// Who sends alerts right now: one process per database at a time. The same insert-only generation
// lease as models/IndexerLease.ts ("send-alerts:<generation>"), in a collection of its own.
const alertRunLeaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    generation: { type: Number, required: true, index: true },
    owner: { type: String, required: true },
    acquiredAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'alertRunLeases', versionKey: false },
)

export const AlertRunLease = model('AlertRunLease', alertRunLeaseSchema)
