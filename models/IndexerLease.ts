import { Schema, model } from 'mongoose'

// Who runs the search indexer: one process at a time per database. Each holder claims the next
// generation by inserting "search-indexer:<generation>" (a unique _id, so of two processes taking
// over at once exactly one wins; FerretDB v1 does not isolate a conditional update, so a
// compare-and-set on one document would let both through). Only the holder updates its own
// document, to renew it or to release it (expiresAt in the past); the newest generation rules.
const indexerLeaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    generation: { type: Number, required: true },
    owner: { type: String, required: true },
    acquiredAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'indexerLeases', versionKey: false },
)

export type IndexerLeaseRecord = {
  _id: string
  generation: number
  owner: string
  acquiredAt: Date
  expiresAt: Date
}
export const IndexerLease = model('IndexerLease', indexerLeaseSchema)
