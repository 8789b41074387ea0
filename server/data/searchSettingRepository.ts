import { randomUUID } from 'node:crypto'
import type { Types } from 'mongoose'
import { SearchSetting } from '../../models/SearchSetting'

export const searchSettingRepository = {
  async find<T>(key: string): Promise<T | undefined> {
    const setting = await SearchSetting.findById(key).lean<{ value: T }>().exec()
    return setting?.value
  },

  async save(key: string, value: unknown, at: Date, by: Types.ObjectId | null): Promise<void> {
    await SearchSetting.updateOne(
      { _id: key },
      { $set: { value, updatedAt: at, updatedBy: by } },
      { upsert: true },
    ).exec()
  },

  /** Stores the value unless the key already has one; returns whichever is stored. */
  async findOrCreate<T>(key: string, value: T, at: Date): Promise<T> {
    await SearchSetting.updateOne(
      { _id: key },
      { $setOnInsert: { value, updatedAt: at, updatedBy: null } },
      { upsert: true },
    ).exec()
    return (await this.find<T>(key)) ?? value
  },

  /** This database's random identity, created on first use. */
  storeIdentity(at: Date): Promise<string> {
    return this.findOrCreate('store-identity', randomUUID(), at)
  },
}

export type SearchSettingRepository = typeof searchSettingRepository
