import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// A restore must never write under a running store: the store records its process here while it
// runs, and `npm run restore` refuses while that process is alive.
const lockFile = (dataDir: string) => path.join(dataDir, 'store.pid')

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid of a live process that holds dataDir's store, if any (a lock left by a killed one is ignored). */
export function storeHolder(dataDir: string): number | undefined {
  let pid: number
  try {
    pid = Number(readFileSync(lockFile(dataDir), 'utf8').trim())
  } catch {
    return undefined
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined
}

/**
 * Records this process as the store's holder. Where another live process already holds it (the app,
 * while a command-line tool opens the same folder), its record is left alone: overwriting it, and
 * removing it on exit, would let a restore write under the running app.
 */
export function holdDataDir(dataDir: string): { release: () => void } {
  const file = lockFile(dataDir)
  if (storeHolder(dataDir) !== undefined) return { release: () => undefined }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, `${process.pid}\n`)
  return {
    release() {
      try {
        // Only our own: another process may have started on the same folder since.
        if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true })
      } catch {
        // Already gone.
      }
    },
  }
}
