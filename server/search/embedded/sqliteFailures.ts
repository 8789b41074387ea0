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

const asError = (error: unknown) =>
  (typeof error === 'object' && error !== null && 'message' in error ? error : new Error(String(error))) as Error

// By name and code rather than instanceof: the native module keeps the SqliteError class it was
// first loaded with, which is not the one a later module registry (a Jest test file) imports.
const sqliteCodeOf = (error: unknown): string | undefined => {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown }
  return name === 'SqliteError' && typeof code === 'string' ? code : undefined
}

/** While serving: only SQLite's own corruption codes mean the index is damaged. */
export function corruptionOf(error: unknown): Error {
  const code = sqliteCodeOf(error)
  if (code && isCorruptionCode(code)) return new SearchIndexCorruptError((error as Error).message, error)
  return asError(error)
}

/**
 * While opening: the file is also unusable when its tables are not the ones this engine made (a
 * wrong schema raises plain SQLITE_ERROR, "no such column") or its stored JSON does not parse.
 */
export function openFailureOf(error: unknown): Error {
  if (error instanceof SearchIndexCorruptError) return error
  const code = sqliteCodeOf(error)
  if (code && !isEnvironmentalCode(code))
    return new SearchIndexCorruptError(`${code}: ${(error as Error).message}`, error)
  if ((error as Error | undefined)?.name === 'SyntaxError')
    return new SearchIndexCorruptError((error as Error).message, error)
  return asError(error)
}
