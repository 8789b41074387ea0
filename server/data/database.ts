import mongoose from 'mongoose'

// Indexes are created by ensureIndexes() in one explicit step, never implicitly per model, and
// commands fail at once instead of queueing while the store is unreachable.
mongoose.set('autoIndex', false)
mongoose.set('autoCreate', false)
mongoose.set('bufferCommands', false)
// Fields a schema does not declare are dropped from filters, not passed to the store.
mongoose.set('strictQuery', true)

// Short enough that a page answers "service unavailable" within a few seconds of losing the
// store; long enough to ride out a replica-set election in production.
const SERVER_SELECTION_TIMEOUT_MS = 5_000

export async function connectDatabase(uri: string, dbName?: string): Promise<typeof mongoose> {
  return mongoose.connect(uri, {
    dbName,
    serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
    connectTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
  })
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect()
}

/** Resolves true if the store answers a ping within timeoutMs. */
export async function pingDatabase(timeoutMs: number): Promise<boolean> {
  const db = mongoose.connection.db
  if (!db) return false
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>(resolve => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const ping = db
    .admin()
    .ping()
    .then(() => true)
    .catch(() => false)
  try {
    return await Promise.race([ping, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const UNAVAILABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
])

/** True for errors that mean "the store cannot be reached", as opposed to a bad query. */
export function isStoreUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (UNAVAILABLE_ERRORS.has(error.name)) return true
  // Mongoose raises a plain Error naming the state when commands are not buffered.
  return /before initial connection is complete|Connection was force closed|client was closed/i.test(error.message)
}

export function databaseClient() {
  return mongoose.connection.getClient()
}

export function databaseName(): string {
  return mongoose.connection.name
}
