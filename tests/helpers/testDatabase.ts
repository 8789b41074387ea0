import { randomBytes } from 'node:crypto'
import mongoose from 'mongoose'
import { connectDatabase, disconnectDatabase } from '../../server/data/database'
import { ensureIndexes } from '../../server/data/indexes'

export function testStoreUri(): string {
  const uri = process.env.TEST_MONGODB_URI
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through jest (globalSetup starts the store)')
  return uri
}

/**
 * Gives the calling test file a fresh database of its own on the run's embedded store, with
 * every index in place, and drops it afterwards.
 */
export function useTestDatabase(): { name: string } {
  const database = { name: `test_${randomBytes(6).toString('hex')}` }
  beforeAll(async () => {
    await connectDatabase(testStoreUri(), database.name)
    await ensureIndexes()
  })
  afterAll(async () => {
    await mongoose.connection.db?.dropDatabase()
    await disconnectDatabase()
  })
  return database
}
