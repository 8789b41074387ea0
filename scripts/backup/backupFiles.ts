import { createHash } from 'node:crypto'
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { embeddedIndexFile } from '../../server/search/createSearchEngine'

export const MANIFEST_FILE = 'manifest.json'

export type BackupManifest = {
  format: 1
  app: string
  version: string
  createdAt: string
  /** Paths relative to DATA_DIR (and to the backup folder), in the order they were copied. */
  files: { path: string; bytes: number; sha256: string }[]
}

/**
 * What a backup holds, relative to DATA_DIR: FerretDB's SQLite files (one per database) first,
 * then the embedded search index. Store before index, because the index is derived: taken later,
 * it can only be ahead of the store, and restore checks it against the store and repairs it.
 */
export function backupSources(dataDir: string, withSearchIndex: boolean): string[] {
  const storeDir = path.join(dataDir, 'db')
  const store = existsSync(storeDir)
    ? readdirSync(storeDir)
        .filter(file => file.endsWith('.sqlite'))
        .sort()
        .map(file => path.join('db', file))
    : []
  const index = path.relative(dataDir, embeddedIndexFile(dataDir))
  return [...store, ...(withSearchIndex && existsSync(path.join(dataDir, index)) ? [index] : [])]
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', chunk => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

export function appVersion(): { app: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  return { app: name, version }
}
