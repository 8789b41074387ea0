import { Schema, Types, model, type InferSchemaType } from 'mongoose'

export const MEMBERSHIP_STATUSES = ['pending', 'active', 'declined'] as const
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number]

// How the user came to belong to the council: their verified email's domain, a request a council
// or network admin approved, or an admin adding them directly.
export const MEMBERSHIP_ROUTES = ['email-domain', 'request', 'admin'] as const

// Membership is embedded in the user so every change to it is one single-document write.
const membershipSchema = new Schema(
  {
    councilCode: { type: String, required: true },
    status: { type: String, required: true, enum: MEMBERSHIP_STATUSES },
    via: { type: String, required: true, enum: MEMBERSHIP_ROUTES },
    isPublisher: { type: Boolean, default: false },
    isCouncilAdmin: { type: Boolean, default: false },
    requestedAt: { type: Date, required: true },
    decidedAt: { type: Date, default: null },
    decidedBy: { type: Types.ObjectId, default: null },
  },
  { _id: false },
)

const userSchema = new Schema(
  {
    // Stored lower-cased and trimmed; unique. On FerretDB's SQLite backend a lookup by email scans
    // the collection: acceptable for sign-in and registration, which are rare per user.
    email: { type: String, required: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    emailVerifiedAt: { type: Date, default: null },
    disabledAt: { type: Date, default: null },
    isNetworkAdmin: { type: Boolean, default: false },
    membership: { type: membershipSchema, default: null },
    // Councils the verified email's domain matched when more than one did (shared domains):
    // the user picks one.
    domainCouncilChoices: { type: [String], default: [] },
    lastSignInAt: { type: Date, default: null },
    passwordChangedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'users' },
)

userSchema.index({ email: 1 }, { unique: true })
userSchema.index({ 'membership.councilCode': 1 })

export type UserRecord = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId }
export type MembershipRecord = NonNullable<UserRecord['membership']>
export const User = model('User', userSchema)
