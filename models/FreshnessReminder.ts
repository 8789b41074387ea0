import { Schema, model } from 'mongoose'

// One document per freshness reminder, _id "<caseStudyId>:<months>" (6, 12 or 24 months after first
// publication). It is inserted before the email is sent: _id is unique, so of two processes (or a
// run after a restart) only the one whose insert succeeds sends it. A crash between the insert and
// the send loses that one reminder rather than ever sending it twice. FerretDB only uses the _id
// index, so the claim is looked up by _id alone.
const freshnessReminderSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: String, required: true },
    months: { type: Number, required: true },
    claimedAt: { type: Date, required: true },
    sentTo: { type: [String], default: [] },
  },
  { collection: 'freshnessReminders', versionKey: false },
)

export type FreshnessReminderRecord = {
  _id: string
  caseStudyId: string
  months: number
  claimedAt: Date
  sentTo: string[]
}

export const FreshnessReminder = model('FreshnessReminder', freshnessReminderSchema)
