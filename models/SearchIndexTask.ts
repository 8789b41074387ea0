import { Schema, model, type InferSchemaType } from 'mongoose'

// The search outbox: one document per committed change to a case study, _id
// "<caseStudyId>:<version>". The repository writes it on the way to the change's commit point, so
// no change lands without one; the indexer deletes it once the index shows the change. The
// collection holds only what is pending, so reading it stays cheap on FerretDB (which scans).
const searchIndexTaskSchema = new Schema(
  {
    _id: { type: String, required: true },
    caseStudyId: { type: String, required: true },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: null },
    lastError: { type: String, default: null },
  },
  { collection: 'searchIndexTasks', versionKey: false },
)

export type SearchIndexTaskRecord = InferSchemaType<typeof searchIndexTaskSchema>
export const SearchIndexTask = model('SearchIndexTask', searchIndexTaskSchema)
