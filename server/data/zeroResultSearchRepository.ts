import { ZeroResultSearch, type ZeroResultSearchRecord } from '../../models/ZeroResultSearch'

export type ZeroResultSearchData = ZeroResultSearchRecord

export const zeroResultSearchRepository = {
  /** Counts one more try of this query, normalised (lower case, single spaces) so variants add up. */
  async record(query: string, at: Date): Promise<void> {
    await ZeroResultSearch.updateOne(
      { _id: query },
      { $inc: { count: 1 }, $set: { lastSearchedAt: at }, $setOnInsert: { query, firstSearchedAt: at } },
      { upsert: true },
    ).exec()
  },

  /** The most tried first. */
  listMostTried(limit: number): Promise<ZeroResultSearchData[]> {
    return ZeroResultSearch.find()
      .sort({ count: -1, lastSearchedAt: -1 })
      .limit(limit)
      .lean<ZeroResultSearchData[]>()
      .exec()
  },
}

export type ZeroResultSearchRepository = typeof zeroResultSearchRepository
