import { Schema, model } from 'mongoose'

// Search settings that live with the data rather than in code: the synonym groups network admins
// edit ("synonyms"), and the random identity of this database ("store-identity"), which the
// embedded index records so that it can tell it was built from another database and rebuild.
const searchSettingSchema = new Schema(
  {
    _id: { type: String, required: true },
    value: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: Schema.Types.ObjectId, default: null },
  },
  { collection: 'searchSettings', versionKey: false },
)

export const SearchSetting = model('SearchSetting', searchSettingSchema)
