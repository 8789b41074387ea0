import { Schema, model, type InferSchemaType } from 'mongoose'

// One counter per key ("sign-in:email:someone@leeds.gov.uk", "sign-in:ip:203.0.113.9"), kept in
// MongoDB so limits hold across every web process.
const rateLimitSchema = new Schema(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    windowStartedAt: { type: Date, required: true },
    lockedUntil: { type: Date, default: null },
  },
  { collection: 'rateLimits', versionKey: false },
)

export type RateLimitRecord = InferSchemaType<typeof rateLimitSchema>
export const RateLimit = model('RateLimit', rateLimitSchema)
