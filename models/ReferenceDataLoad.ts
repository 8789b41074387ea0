import { Schema, model, type InferSchemaType } from 'mongoose'

// One document per reference data set, written after the set is fully loaded: a load that died
// half-way leaves no record and is simply run again at the next start.
const referenceDataLoadSchema = new Schema(
  {
    _id: { type: String, required: true },
    contentHash: { type: String, required: true },
    recordCount: { type: Number, required: true },
    loadedAt: { type: Date, required: true },
  },
  { collection: 'referenceDataLoads', versionKey: false },
)

export type ReferenceDataLoadRecord = InferSchemaType<typeof referenceDataLoadSchema>
export const ReferenceDataLoad = model('ReferenceDataLoad', referenceDataLoadSchema)
