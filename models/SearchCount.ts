import { Schema, model } from 'mongoose'

// Searches people typed, counted by day (UK time). Two kinds of document share the collection,
// both upserted by _id alone (the only lookup FerretDB's SQLite backend makes without a scan):
// - "<YYYY-MM-DD>": the day's searches and zero-result searches, `query` absent;
// - "<YYYY-MM-DD>:<hash of the query>": one query's count that day, with its scrubbed text.
// The day's totals are kept apart so the dashboard's chart reads one document a day, not every
// query ever typed.
const searchCountSchema = new Schema(
  {
    _id: { type: String, required: true },
    day: { type: String, required: true },
    query: { type: String, default: undefined },
    searches: { type: Number, required: true },
    zeroResults: { type: Number, required: true },
  },
  { collection: 'searchCounts', versionKey: false },
)

// For the dashboard's reads on MongoDB; FerretDB scans either way, which a dashboard can afford.
searchCountSchema.index({ day: 1 })

export type SearchCountRecord = { _id: string; day: string; query?: string; searches: number; zeroResults: number }
export const SearchCount = model('SearchCount', searchCountSchema)
