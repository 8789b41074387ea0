import { SearchIndexTask, type SearchIndexTaskRecord } from '../../models/SearchIndexTask'
import { isDuplicateKey } from './duplicateKey'

export type SearchIndexTaskData = SearchIndexTaskRecord

const taskId = (caseStudyId: string, version: number) => `${caseStudyId}:${version}`

// FerretDB turns each id of an `$in` into SQL variables, and SQLite refuses a statement with too
// many ("too many SQL variables", seen completing a 100,000-case-study rebuild's tasks at once).
const IDS_PER_STATEMENT = 1_000

function* slices(ids: string[]): Generator<string[]> {
  for (let at = 0; at < ids.length; at += IDS_PER_STATEMENT) yield ids.slice(at, at + IDS_PER_STATEMENT)
}

export const searchIndexTaskRepository = {
  /** Records that this version of the case study needs indexing. Idempotent. */
  async record(caseStudyId: string, version: number, at: Date): Promise<void> {
    await SearchIndexTask.updateOne(
      { _id: taskId(caseStudyId, version) },
      { $setOnInsert: { caseStudyId, version, createdAt: at, attempts: 0, nextAttemptAt: null, lastError: null } },
      { upsert: true },
    ).exec()
  },

  async recordMany(tasks: { caseStudyId: string; version: number }[], at: Date): Promise<void> {
    if (tasks.length === 0) return
    await SearchIndexTask.insertMany(
      tasks.map(({ caseStudyId, version }) => ({
        _id: taskId(caseStudyId, version),
        caseStudyId,
        version,
        createdAt: at,
      })),
      { ordered: false },
    ).catch((error: { code?: number }) => {
      if (!isDuplicateKey(error)) throw error // already recorded
    })
  },

  /** The oldest pending tasks, in the order they were recorded. */
  listOldest(limit: number): Promise<SearchIndexTaskData[]> {
    return SearchIndexTask.find().sort({ createdAt: 1, _id: 1 }).limit(limit).lean<SearchIndexTaskData[]>().exec()
  },

  count(): Promise<number> {
    return SearchIndexTask.countDocuments().exec()
  },

  /** Completes the tasks of these versions, by their _ids (no read first). */
  async completeVersions(versions: { caseStudyId: string; version: number }[]): Promise<void> {
    if (versions.length) await this.complete(versions.map(({ caseStudyId, version }) => taskId(caseStudyId, version)))
  },

  async complete(ids: string[]): Promise<void> {
    // A statement a slice: the collection holds only pending tasks, so even a scan of it is short.
    for (const slice of slices(ids)) await SearchIndexTask.deleteMany({ _id: { $in: slice } }).exec()
  },

  async fail(ids: string[], attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    for (const slice of slices(ids)) {
      await SearchIndexTask.updateMany(
        { _id: { $in: slice } },
        { $set: { attempts, nextAttemptAt, lastError: error.slice(0, 500) } },
      ).exec()
    }
  },
}

export type SearchIndexTaskRepository = typeof searchIndexTaskRepository
