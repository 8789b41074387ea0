import { AlertRunLease } from '../../models/AlertRunLease'
import type { IndexerLeaseRepository, IndexerLeaseData } from './indexerLeaseRepository'
import { isDuplicateKey } from './duplicateKey'

const leaseId = (generation: number) => `send-alerts:${generation}`

/** The alert run's lease: the indexer lease's repository shape, so services/search/indexerLease.ts drives both. */
export const alertRunLeaseRepository: IndexerLeaseRepository = {
  async current() {
    const [lease] = await AlertRunLease.find().sort({ generation: -1 }).limit(1).lean<IndexerLeaseData[]>().exec()
    return lease
  },

  async claim(generation, owner, at, expiresAt) {
    try {
      await AlertRunLease.create({ _id: leaseId(generation), generation, owner, acquiredAt: at, expiresAt })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  },

  async extend(generation, owner, expiresAt) {
    await AlertRunLease.updateOne({ _id: leaseId(generation), owner }, { $set: { expiresAt } }).exec()
  },

  async prune(generation) {
    await AlertRunLease.deleteMany({ generation: { $lt: generation } }).exec()
  },
}
