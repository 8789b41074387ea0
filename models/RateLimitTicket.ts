import { Schema, model } from 'mongoose'

// One document per counted attempt: _id "<key>#<generation>#<window start>#<n>". Taking the next
// n is an insert of a unique _id, the one write FerretDB v1 isolates ($inc through findOneAndUpdate
// is not: parallel attempts all read the same count), so of any number of simultaneous attempts
// each gets its own number and none slips under the limit. Deleted once `expiresAt` has passed.
const rateLimitTicketSchema = new Schema(
  {
    _id: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'rateLimitTickets', versionKey: false },
)

export const RateLimitTicket = model('RateLimitTicket', rateLimitTicketSchema)
