// npm run backup -- DIR: a consistent copy of the embedded store (FerretDB's SQLite files under
// DATA_DIR/db) and of the embedded search index, taken while the app runs, with a manifest of
// sizes and SHA-256 checksums. DIR must not exist yet or be empty.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { loadConfigOrExit } from '../server/config'
import { appVersion, backupSources, MANIFEST_FILE, sha256File, type BackupManifest } from './backup/backupFiles'
import { runTool } from './withServices'

// Every page in one step, so each file is copied within one read transaction: SQLite's online
// backup restarts a copy made in small steps whenever the store writes in between, which under
// steady writes could go on forever.
const ALL_PAGES = 0x7fffffff

async function snapshot(source: string, target: string): Promise<void> {
  // Read-only: the backup must never write to the live store, nor checkpoint its WAL.
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    await db.backup(target, { progress: () => ALL_PAGES })
  } finally {
    db.close()
  }
  const copy = new Database(target, { readonly: true })
  try {
    const check = copy.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new Error(`the copy of ${source} failed SQLite's quick_check: ${String(check)}`)
  } finally {
    copy.close()
  }
}

runTool('backup', async () => {
  const [dir] = process.argv.slice(2).filter(arg => !arg.startsWith('--'))
  if (!dir) {
    console.error('Usage: npm run backup -- DIR   (DIR must not exist yet, or be empty)')
    return 2
  }
  const config = loadConfigOrExit()
  if (config.mongoUri) {
    console.error(
      'MONGODB_URI is set: back that server up with its own tools (mongodump); this backs up the embedded store.',
    )
    return 2
  }
  const backupDir = path.resolve(dir)
  if (existsSync(backupDir) && readdirSync(backupDir).length > 0) {
    console.error(`${backupDir} is not empty: choose a new folder for each backup.`)
    return 1
  }
  const sources = backupSources(config.dataDir, !config.meiliUrl)
  if (!sources.some(file => file.startsWith('db'))) {
    console.error(`There is no embedded store under ${config.dataDir} to back up.`)
    return 1
  }

  const createdAt = new Date().toISOString()
  const files: BackupManifest['files'] = []
  for (const file of sources) {
    const target = path.join(backupDir, file)
    mkdirSync(path.dirname(target), { recursive: true })
    await snapshot(path.join(config.dataDir, file), target)
    files.push({ path: file, bytes: statSync(target).size, sha256: await sha256File(target) })
    console.log(`Copied ${file} (${statSync(target).size.toLocaleString('en-GB')} bytes).`)
  }
  // Written last: a folder without a manifest is an unfinished backup, and restore refuses it.
  const manifest: BackupManifest = { format: 1, ...appVersion(), createdAt, files }
  writeFileSync(path.join(backupDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`Backed up ${files.length} files from ${config.dataDir} to ${backupDir}.`)
  return 0
})
