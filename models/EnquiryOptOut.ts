import { Schema, model, type InferSchemaType } from 'mongoose'

// A contact who no longer takes questions about one case study. _id is
// "<case study id>:<SHA-256 of the contact's email, lower-cased>": the natural key, looked up by
// _id alone (no scan on FerretDB), and the address itself is not copied here. A contact whose
// address the publisher changes is a new contact, who takes questions until they opt out.
const enquiryOptOutSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: String, required: true },
    optedOutAt: { type: Date, required: true },
  },
  { collection: 'enquiryOptOuts', versionKey: false },
)

export type EnquiryOptOutRecord = InferSchemaType<typeof enquiryOptOutSchema>
export const EnquiryOptOut = model('EnquiryOptOut', enquiryOptOutSchema)
