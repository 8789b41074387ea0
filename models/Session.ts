import { Schema, model } from 'mongoose'

// The collection connect-mongo writes. Declared here so our expiry clean-up and index step know
// it: FerretDB v1 has no TTL indexes, so expired sessions are deleted by our own timer.
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    expires: { type: Date, required: true },
    session: { type: String, required: true },
  },
  { collection: 'sessions', versionKey: false, strict: false },
)

sessionSchema.index({ expires: 1 })

export const Session = model('Session', sessionSchema)
