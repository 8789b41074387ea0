import { Schema, model } from 'mongoose'

// Keys for links that must work after a restart and on every process (an alert's unsubscribe
// link), made once at random and kept in the store. SESSION_SECRET will not do: outside
// production it is random per process. _id names the key's use.
const signingKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'signingKeys', versionKey: false },
)

export const SigningKey = model('SigningKey', signingKeySchema)
