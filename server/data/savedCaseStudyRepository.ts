import { SavedCaseStudy, type SavedCaseStudyRecord } from '../../models/SavedCaseStudy'

export type SavedCaseStudyData = SavedCaseStudyRecord

const savedId = (userId: string, caseStudyId: string) => `${userId}:${caseStudyId}`

export const savedCaseStudyRepository = {
  /** Saves once however often asked: the _id is the pair. */
  async save(userId: string, caseStudyId: string, at: Date): Promise<void> {
    await SavedCaseStudy.updateOne(
      { _id: savedId(userId, caseStudyId) },
      { $setOnInsert: { userId, caseStudyId, savedAt: at } },
      { upsert: true },
    ).exec()
  },

  async remove(userId: string, caseStudyId: string): Promise<boolean> {
    const { deletedCount } = await SavedCaseStudy.deleteOne({ _id: savedId(userId, caseStudyId) }).exec()
    return deletedCount > 0
  },

  async isSaved(userId: string, caseStudyId: string): Promise<boolean> {
    return (await SavedCaseStudy.countDocuments({ _id: savedId(userId, caseStudyId) }).exec()) > 0
  },

  /** Newest first; bounded by MAX_SAVED_CASE_STUDIES when saved. */
  listFor(userId: string): Promise<SavedCaseStudyData[]> {
    return SavedCaseStudy.find({ userId }).sort({ savedAt: -1 }).lean<SavedCaseStudyData[]>().exec()
  },

  countFor(userId: string): Promise<number> {
    return SavedCaseStudy.countDocuments({ userId }).exec()
  },

  async deleteAllFor(userId: string): Promise<void> {
    await SavedCaseStudy.deleteMany({ userId }).exec()
  },
}

export type SavedCaseStudyRepository = typeof savedCaseStudyRepository
