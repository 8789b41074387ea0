import { readdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'

// SQLite keeps a WAL database in up to three files; all three move together.
const SUFFIXES = ['', '-wal', '-shm']
const MARK = '.corrupt-'

/**
 * Moves a damaged index file (and its -wal and -shm) aside as `<file>.corrupt-<time>`, kept for
 * diagnosis, and removes all but the newest `keep` such copies so that a file that keeps breaking
 * cannot fill the disk. Returns the new name.
 */
export function moveAside(file: string, at: Date, keep = 2): string {
  const aside = `${file}${MARK}${at.toISOString().replace(/[:.]/g, '-')}`
  for (const suffix of SUFFIXES) {
    try {
      renameSync(`${file}${suffix}`, `${aside}${suffix}`)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  const base = path.basename(file)
  const copies = readdirSync(path.dirname(file))
    .filter(name => name.startsWith(`${base}${MARK}`) && !SUFFIXES.some(suffix => suffix && name.endsWith(suffix)))
    .sort()
  for (const old of copies.slice(0, Math.max(0, copies.length - keep))) {
    for (const suffix of SUFFIXES) rmSync(path.join(path.dirname(file), `${old}${suffix}`), { force: true })
  }
  return aside
}
