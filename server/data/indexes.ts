import type { Model } from 'mongoose'
import { Council } from '../../models/Council'
import { ReferenceDataLoad } from '../../models/ReferenceDataLoad'
import { Session } from '../../models/Session'

// Every model, so one step creates every collection and index. New models join this list.
const MODELS: Model<never>[] = [Council, ReferenceDataLoad, Session] as unknown as Model<never>[]

/**
 * Creates the collections and indexes the schemas declare. Idempotent: createIndexes on an
 * existing index with the same definition is a no-op on MongoDB and FerretDB alike.
 */
export async function ensureIndexes(): Promise<void> {
  for (const model of MODELS) {
    await model.createCollection().catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error
    })
    await model.createIndexes()
  }
}
