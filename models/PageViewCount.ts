import { Schema, model } from 'mongoose'

// How many times a published case study page was read on one day (UK time), and nothing else: no
// IP address, user agent or user, so the counts hold no personal data and need no cookie. The _id
// is "<caseStudyId>:<YYYY-MM-DD>" because FerretDB's SQLite backend only looks up _id without
// scanning, and every increment is an upsert on it.
const pageViewCountSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: String, required: true },
    day: { type: String, required: true },
    count: { type: Number, required: true },
  },
  { collection: 'pageViewCounts', versionKey: false },
)

// For the dashboards' reads on MongoDB; FerretDB scans either way, which a dashboard can afford.
pageViewCountSchema.index({ caseStudyId: 1, day: 1 })

export type PageViewCountRecord = { _id: string; caseStudyId: string; day: string; count: number }
export const PageViewCount = model('PageViewCount', pageViewCountSchema)
