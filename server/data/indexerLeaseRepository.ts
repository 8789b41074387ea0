import { IndexerLease, type IndexerLeaseRecord } from '../../models/IndexerLease'
import { isDuplicateKey } from './duplicateKey'

export type IndexerLeaseData = IndexerLeaseRecord

const leaseId = (generation: number) => `search-indexer:${generation}`

export const indexerLeaseRepository = {
  /** The newest generation's lease: whoever holds it (if it has not expired) runs the indexer. */
  async current(): Promise<IndexerLeaseData | undefined> {
    const [lease] = await IndexerLease.find().sort({ generation: -1 }).limit(1).lean<IndexerLeaseData[]>().exec()
    return lease
  },

  /** Claims a generation; false if another process claimed it first. */
  async claim(generation: number, owner: string, at: Date, expiresAt: Date): Promise<boolean> {
    try {
      await IndexerLease.create({ _id: leaseId(generation), generation, owner, acquiredAt: at, expiresAt })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  },

  /** Moves the holder's own expiry (later to renew, to the past to release). */
  async extend(generation: number, owner: string, expiresAt: Date): Promise<void> {
    await IndexerLease.updateOne({ _id: leaseId(generation), owner }, { $set: { expiresAt } }).exec()
  },

  /** Drops the generations before this one: nobody reads them again. */
  async prune(generation: number): Promise<void> {
    await IndexerLease.deleteMany({ generation: { $lt: generation } }).exec()
  },
}

export type IndexerLeaseRepository = typeof indexerLeaseRepository
