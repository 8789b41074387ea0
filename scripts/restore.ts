// npm run restore -- DIR [--force]: puts a backup made by `npm run backup` into DATA_DIR, which must
// not be in use (stop the app first). Refuses to replace an existing store without --force.
// Every file is checked against the manifest, copied beside its destination and checked again,
// and only then renamed into place, so a restore that fails leaves the old data as it was.
// Afterwards the search index is compared with the restored store and rebuilt if they differ.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { loadConfigOrExit } from '../server/config'
import { storeHolder } from '../server/store/dataDirLock'
import { backupSources, MANIFEST_FILE, sha256File, type BackupManifest } from './backup/backupFiles'
import { runTool, withServices } from './withServices'

class RestoreRefused extends Error {}

async function verify(file: string, expected: BackupManifest['files'][number]): Promise<void> {
  if (!existsSync(file)) throw new RestoreRefused(`${expected.path} is missing from the backup.`)
  if (statSync(file).size !== expected.bytes || (await sha256File(file)) !== expected.sha256)
    throw new RestoreRefused(`${file} does not match the manifest's checksum: the backup is damaged.`)
}

function readManifest(backupDir: string): BackupManifest {
  const file = path.join(backupDir, MANIFEST_FILE)
  if (!existsSync(file)) throw new RestoreRefused(`${backupDir} has no ${MANIFEST_FILE}: it is not a finished backup.`)
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest
  if (manifest.format !== 1) throw new RestoreRefused(`Unknown backup format ${String(manifest.format)}.`)
  // Paths come from a file: never let one climb out of the folders it names.
  for (const { path: relative } of manifest.files)
    if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes('..'))
      throw new RestoreRefused(`The manifest names a file outside the data folder: ${relative}`)
  return manifest
}

/** Folds a database's WAL into it and removes the WAL, so no stale WAL is ever read with a new file. */
function settle(file: string): void {
  if (existsSync(file)) {
    const db = new Database(file)
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
  }
  rmSync(`${file}-wal`, { force: true })
  rmSync(`${file}-shm`, { force: true })
}

async function restore(backupDir: string, dataDir: string, force: boolean): Promise<BackupManifest> {
  const manifest = readManifest(backupDir)
  const holder = storeHolder(dataDir)
  if (holder) throw new RestoreRefused(`The app (process ${holder}) is using ${dataDir}: stop it before restoring.`)
  if (backupSources(dataDir, true).some(file => file.startsWith('db')) && !force)
    throw new RestoreRefused(`${dataDir} already holds a store: add --force to replace it with the backup.`)

  for (const file of manifest.files) await verify(path.join(backupDir, file.path), file)
  const staged: { temp: string; final: string }[] = []
  try {
    for (const file of manifest.files) {
      const final = path.join(dataDir, file.path)
      const temp = `${final}.restoring`
      mkdirSync(path.dirname(final), { recursive: true })
      copyFileSync(path.join(backupDir, file.path), temp)
      staged.push({ temp, final })
      await verify(temp, file)
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true })
    throw error
  }
  for (const { temp, final } of staged) {
    settle(final)
    renameSync(temp, final)
  }
  return manifest
}

runTool('restore', async () => {
  const args = process.argv.slice(2)
  const [dir] = args.filter(arg => !arg.startsWith('--'))
  if (!dir) {
    console.error('Usage: npm run restore -- DIR [--force]   (into DATA_DIR, with the app stopped)')
    return 2
  }
  const config = loadConfigOrExit()
  if (config.mongoUri) {
    console.error(
      'MONGODB_URI is set: restore that server with its own tools (mongorestore); this restores the embedded store.',
    )
    return 2
  }
  let manifest: BackupManifest
  try {
    manifest = await restore(path.resolve(dir), config.dataDir, args.includes('--force'))
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error
    console.error(`Nothing was restored: ${error.message}`)
    return 1
  }
  console.log(
    `Restored ${manifest.files.length} files from the backup of ${manifest.createdAt} into ${config.dataDir}.`,
  )

  // The index was copied a moment after the store, so it may hold a change the store copy lacks.
  return withServices(async services => {
    try {
      const differences = await services.searchIndex.check()
      if (differences.length === 0) console.log('The search index matches the restored store.')
      else {
        const count = await services.searchIndex.reindex()
        console.log(
          `The search index differed from the restored store in ${differences.length} case studies: rebuilt it (${count}).`,
        )
      }
      return 0
    } finally {
      await services.searchIndex.stop()
    }
  })
})
