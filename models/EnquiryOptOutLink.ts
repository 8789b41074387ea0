import { Schema, model, type InferSchemaType } from 'mongoose'

// The opt-out link in one enquiry email. Only the SHA-256 of its random token is stored, as _id
// (as emailTokens do): a database leak gives no working link, the link survives a restart, and
// the lookup is by _id alone. It can be used any number of times: opting out again changes nothing.
const enquiryOptOutLinkSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: String, required: true },
    /** The EnquiryOptOut _id this link would create. */
    optOutId: { type: String, required: true },
    contactName: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'enquiryOptOutLinks', versionKey: false },
)

export type EnquiryOptOutLinkRecord = InferSchemaType<typeof enquiryOptOutLinkSchema>
export const EnquiryOptOutLink = model('EnquiryOptOutLink', enquiryOptOutLinkSchema)
