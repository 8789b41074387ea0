import { Schema, Types, model, type InferSchemaType } from 'mongoose'

export const EMAIL_TOKEN_PURPOSES = ['verify-email', 'reset-password'] as const
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number]

// A single-use link token. Only its SHA-256 is stored, as _id: a database leak reveals no usable
// link, and _id is the key FerretDB looks up without a scan.
const emailTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Types.ObjectId, required: true },
    purpose: { type: String, required: true, enum: EMAIL_TOKEN_PURPOSES },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'emailTokens', versionKey: false },
)

emailTokenSchema.index({ userId: 1 })

export type EmailTokenRecord = InferSchemaType<typeof emailTokenSchema>
export const EmailToken = model('EmailToken', emailTokenSchema)
