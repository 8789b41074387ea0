import { Schema, model, type InferSchemaType } from 'mongoose'
import { COUNCIL_TYPES, NATIONS, RURAL_URBAN_CLASSES } from './councilTypes'

const neighboursSchema = new Schema(
  {
    // ONS "similar areas" lists: GSS codes, most similar first.
    global: { type: [String], default: [] },
    economic: { type: [String], default: [] },
    demographic: { type: [String], default: [] },
  },
  { _id: false },
)

const councilSchema = new Schema(
  {
    // The ONS GSS code. It is the _id because _id is the only key FerretDB's SQLite backend
    // looks up without scanning the collection.
    _id: { type: String, required: true },
    slug: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true, enum: Object.keys(COUNCIL_TYPES) },
    nation: { type: String, required: true, enum: NATIONS },
    region: { type: String, required: true },
    population: { type: Number, default: null },
    populationYear: { type: Number, default: null },
    // English Indices of Deprivation 2025 rank of average score (1 = most deprived of 296);
    // null outside English lower-tier and unitary councils, whose indices cannot be compared.
    deprivationRank: { type: Number, default: null },
    ruralUrban: { type: String, enum: [...RURAL_URBAN_CLASSES, null], default: null },
    websiteDomain: { type: String, default: null },
    // Added by network admins where staff email differs from the website domain.
    extraEmailDomains: { type: [String], default: [] },
    neighbours: { type: neighboursSchema, default: () => ({}) },
  },
  { timestamps: true, collection: 'councils', versionKey: false },
)

councilSchema.index({ slug: 1 }, { unique: true })
councilSchema.index({ websiteDomain: 1 })

export type CouncilRecord = InferSchemaType<typeof councilSchema>
export const Council = model('Council', councilSchema)
