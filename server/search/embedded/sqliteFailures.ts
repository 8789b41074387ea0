import Database from 'better-sqlite3'
import { SearchIndexCorruptError } from '../searchErrors'

// What the file, not the machine, is to blame for: another process's or a disk's damage, or a file
// that is not ours. Codes are SQLite's extended codes as better-sqlite3 reports them.
const isCorruptionCode = (code: string) => code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'

// Failures of the machine rather than the file (busy, locked, no permission, disk full, out of
// memory, I/O): moving the file aside would not help, and would throw away a good index.
const ENVIRONMENTAL = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM']
const isEnvironmentalCode = (code: string) =>
  ENVIRONMENTAL.some(prefix => code.startsWith(prefix)) ||
  ['SQLITE_FULL', 'SQLITE_NOMEM', 'SQLITE_AUTH', 'SQLITE_INTERRUPT'].includes(code) ||
  code.startsWith('SQLITE_IOERR')

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)))

/** While serving: only SQLite's own corruption codes mean the index is damaged. */
export function corruptionOf(error: unknown): Error {
  if (error instanceof Database.SqliteError && isCorruptionCode(error.code)) {
    return new SearchIndexCorruptError(error.message, error)
  }
  return asError(error)
}

/**
 * While opening: the file is also unusable when its tables are not the ones this engine made (a
 * wrong schema raises plain SQLITE_ERROR, "no such column") or its stored JSON does not parse.
 */
export function openFailureOf(error: unknown): Error {
  if (error instanceof SearchIndexCorruptError) return error
  if (error instanceof Database.SqliteError && !isEnvironmentalCode(error.code)) {
    return new SearchIndexCorruptError(`${error.code}: ${error.message}`, error)
  }
  if (error instanceof SyntaxError) return new SearchIndexCorruptError(error.message, error)
  return asError(error)
}
