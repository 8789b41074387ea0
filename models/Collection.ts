import { Schema, Types, model } from 'mongoose'

// A curated, ordered list of published case studies, made by network admins. The _id is the
// collection's address (its slug, fixed when it is created), because FerretDB's SQLite backend
// looks up only _id without scanning. The featured list is the one with the reserved _id
// 'featured': the same operations (add, reorder, remove) apply, so it is the same record.
// `caseStudyIds` keeps ids, not slugs, so a case study whose slug changes stays in place; one
// archived or unpublished later stays listed for curators and drops out for visitors.
// `version` guards each change: two admins reordering at once cannot overwrite each other.
const collectionSchema = new Schema(
  {
    _id: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: '' },
    caseStudyIds: { type: [String], default: [] },
    version: { type: Number, required: true, default: 1 },
    createdBy: { type: Types.ObjectId, default: null },
  },
  { timestamps: true, collection: 'collections', versionKey: false },
)

export type CollectionRecord = {
  _id: string
  title: string
  description: string
  caseStudyIds: string[]
  version: number
  createdBy: Types.ObjectId | null
  createdAt: Date
  updatedAt: Date
}

export const Collection = model('Collection', collectionSchema)
