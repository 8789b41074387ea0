import { ReferenceDataLoad } from '../../models/ReferenceDataLoad'

export const referenceDataLoadRepository = {
  async contentHash(dataSet: string): Promise<string | undefined> {
    const load = await ReferenceDataLoad.findById(dataSet).lean().exec()
    return load?.contentHash
  },

  async recordLoaded(dataSet: string, contentHash: string, recordCount: number): Promise<void> {
    await ReferenceDataLoad.updateOne(
      { _id: dataSet },
      { $set: { contentHash, recordCount, loadedAt: new Date() } },
      { upsert: true },
    ).exec()
  },
}

export type ReferenceDataLoadRepository = typeof referenceDataLoadRepository
