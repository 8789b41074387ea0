import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'

// Others edit the engine while a run takes minutes; a run that straddles a change (a new index
// schema, say, which empties the index on the next open) measures nothing coherent.
const WATCHED = ['server/search', 'server/services/search', 'scripts/corpus']

/** A hash of the code the benchmark measures, to tell whether it changed during a run. */
export function codeFingerprint(): string {
  const hash = createHash('sha256')
  for (const dir of WATCHED) {
    const files = readdirSync(path.join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile())
      .map(entry => path.join(entry.parentPath, entry.name))
      .sort()
    for (const file of files) hash.update(path.relative(PROJECT_ROOT, file)).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 12)
}

export const WATCHED_CODE = WATCHED.join(', ')
