import { Schema, Types, model, type InferSchemaType } from 'mongoose'
import { ENQUIRY_ROUTES } from './enquiryRules'

// An "ask the team" message, recorded once it has been emailed. Names are kept as they were when
// it was sent, so the publisher's list reads the same after a rename; recipients' addresses are
// not kept: only names and roles, which is all the list shows.
const recipientSchema = new Schema({ name: String, role: String }, { _id: false })

const enquirySchema = new Schema(
  {
    caseStudyId: { type: String, required: true },
    caseStudyTitle: { type: String, required: true },
    /** The lead council: its publishers and council admins see the enquiry. */
    councilCode: { type: String, required: true },
    senderId: { type: Types.ObjectId, required: true },
    senderName: { type: String, required: true },
    senderCouncilCode: { type: String, required: true },
    message: { type: String, required: true },
    routedTo: { type: String, required: true, enum: ENQUIRY_ROUTES },
    recipients: { type: [recipientSchema], default: [] },
    sentAt: { type: Date, required: true },
    /** sentAt's UTC day, 'YYYY-MM-DD', so counts by day group on a stored value. */
    day: { type: String, required: true },
  },
  { collection: 'enquiries', versionKey: false },
)

enquirySchema.index({ councilCode: 1, sentAt: -1 })
enquirySchema.index({ caseStudyId: 1, day: 1 })

export type EnquiryRecord = InferSchemaType<typeof enquirySchema> & { _id: Types.ObjectId }
export const Enquiry = model('Enquiry', enquirySchema)
