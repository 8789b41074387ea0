import { SearchIndexTask, type SearchIndexTaskRecord } from '../../models/SearchIndexTask'

export type SearchIndexTaskData = SearchIndexTaskRecord

const taskId = (caseStudyId: string, version: number) => `${caseStudyId}:${version}`

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
      if (error.code !== 11000) throw error // already recorded
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
    // One statement: the collection holds only pending tasks, so even a scan of it is short.
    await SearchIndexTask.deleteMany({ _id: { $in: ids } }).exec()
  },

  async fail(ids: string[], attempts: number, nextAttemptAt: Date, error: string): Promise<void> {
    await SearchIndexTask.updateMany(
      { _id: { $in: ids } },
      { $set: { attempts, nextAttemptAt, lastError: error.slice(0, 500) } },
    ).exec()
  },
}

export type SearchIndexTaskRepository = typeof searchIndexTaskRepository
