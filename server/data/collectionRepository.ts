import type { Types } from 'mongoose'
import { Collection, type CollectionRecord } from '../../models/Collection'
import { isDuplicateKey } from './duplicateKey'

export type CollectionData = CollectionRecord
export type CollectionChange = Partial<Pick<CollectionData, 'title' | 'description' | 'caseStudyIds'>>

// Collections are few (tens), so listing them reads the whole collection, and the version
// guard on a change ({ _id, version }) costs FerretDB a scan of a few rows, not of the catalogue.
export const collectionRepository = {
  async findBySlug(slug: string): Promise<CollectionData | undefined> {
    return (await Collection.findById(String(slug)).lean<CollectionData>().exec()) ?? undefined
  },

  listAll(): Promise<CollectionData[]> {
    return Collection.find().sort({ createdAt: -1 }).lean<CollectionData[]>().exec()
  },

  /** Inserts a new collection at this slug; false if the slug is taken (the _id is unique). */
  async insert(fields: {
    slug: string
    title: string
    description: string
    createdBy: Types.ObjectId | null
  }): Promise<boolean> {
    try {
      await Collection.create({
        _id: fields.slug,
        title: fields.title,
        description: fields.description,
        createdBy: fields.createdBy,
      })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  },

  /** Applies a change made from the collection as read at `version`; false if it changed since. */
  async update(slug: string, version: number, change: CollectionChange): Promise<boolean> {
    const result = await Collection.updateOne({ _id: slug, version }, { $set: change, $inc: { version: 1 } }).exec()
    return result.matchedCount === 1
  },

  /** Deletes the collection as read at `version`; false if it changed (or went) since. */
  async remove(slug: string, version: number): Promise<boolean> {
    const result = await Collection.deleteOne({ _id: slug, version }).exec()
    return result.deletedCount === 1
  },
}

export type CollectionRepository = typeof collectionRepository
