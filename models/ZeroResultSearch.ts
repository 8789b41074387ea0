import { Schema, model, type InferSchemaType } from 'mongoose'

// Searches that found nothing, one document per normalised query (its _id), for curators to see
// what people look for and do not find.
const zeroResultSearchSchema = new Schema(
  {
    _id: { type: String, required: true },
    query: { type: String, required: true },
    count: { type: Number, required: true },
    firstSearchedAt: { type: Date, required: true },
    lastSearchedAt: { type: Date, required: true },
  },
  { collection: 'zeroResultSearches', versionKey: false },
)

export type ZeroResultSearchRecord = InferSchemaType<typeof zeroResultSearchSchema>
export const ZeroResultSearch = model('ZeroResultSearch', zeroResultSearchSchema)
