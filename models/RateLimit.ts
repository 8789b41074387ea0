import { Schema, model, type InferSchemaType } from 'mongoose'

// One record per key ("sign-in:email:someone@leeds.gov.uk", "sign-in:ip:203.0.113.9"), kept in
// MongoDB so limits hold across every web process: its lock and generation. Attempts themselves are
// counted as tickets (models/RateLimitTicket.ts), in fixed windows.
const rateLimitSchema = new Schema(
  {
    _id: { type: String, required: true },
    lockedUntil: { type: Date, default: null },
    // Changed to clear the key: attempts are counted per generation (models/RateLimitTicket.ts).
    generation: { type: String, default: '0' },
  },
  { collection: 'rateLimits', versionKey: false },
)

export type RateLimitRecord = InferSchemaType<typeof rateLimitSchema>
export const RateLimit = model('RateLimit', rateLimitSchema)
