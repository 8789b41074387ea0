import { eventually } from '../helpers/eventually'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { MongoClient } from 'mongodb'
import { childEnvironment } from '../helpers/meiliTestIndex'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { spawnServer, waitForOutput, type ServerProcess } from '../helpers/serverProcess'

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Runs one of scripts/ as npm would, on the embedded store under dataDir; never blocks this process. */
function runTool(
  script: string,
  dataDir: string,
  ...args: string[]
): Promise<{ status: number | null; output: string }> {
  // As every test's child: no MEILI_* (the real index is never a test's), no MONGODB_URI.
  const env = childEnvironment({ NODE_ENV: 'development', DATA_DIR: dataDir }, ['MONGODB_URI'])
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    env,
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise(resolve => child.once('exit', status => resolve({ status, output })))
}

async function startServer(dataDir: string): Promise<{ server: ServerProcess; base: string; storeUri: string }> {
  const port = await freePort()
  const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir })
  await waitForOutput(server, 'Practice Exchange is serving on')
  const storeUri = /"uri":"(mongodb:\/\/[^"]+)"/.exec(server.output())?.[1] ?? ''
  return { server, base: `http://127.0.0.1:${port}`, storeUri }
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM')
  await server.exited
}

/** A sign-up through the form, as a browser makes it; resolves once the app has acknowledged it. */
async function signUp(base: string, email: string): Promise<boolean> {
  const form = await fetch(`${base}/create-account`)
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? ''
  const res = await fetch(`${base}/create-account`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name: 'Sam Example', email, password: 'a long and unusual passphrase', _csrf: token }),
  })
  return res.status === 302
}

async function storedEmails(storeUri: string): Promise<Set<string>> {
  const client = await MongoClient.connect(storeUri, { serverSelectionTimeoutMS: 5_000 })
  try {
    const users = await client
      .db('practice_exchange')
      .collection('users')
      .find({}, { projection: { email: 1 } })
      .toArray()
    return new Set(users.map(user => user.email as string))
  } finally {
    await client.close()
  }
}

describe('backup and restore of the embedded store and search index', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-backup-'))
  const liveDir = path.join(root, 'live')
  const backupDir = path.join(root, 'backup')
  const restoredDir = path.join(root, 'restored')
  let live: Awaited<ReturnType<typeof startServer>> | undefined
  afterAll(async () => {
    if (live) await stop(live.server)
    rmSync(root, { recursive: true, force: true })
  })

  const acknowledgedBeforeBackup: string[] = []

  it('backs up while sign-ups are being saved, with a manifest of sizes and checksums', async () => {
    live = await startServer(liveDir)
    const acknowledged: string[] = []
    let writing = true
    const writer = (async () => {
      for (let n = 0; writing; n++) {
        const email = `writer.${n}@example.org`
        if (await signUp(live.base, email)) acknowledged.push(email)
      }
    })()
    await eventually('five sign-ups acknowledged', () => acknowledged.length >= 5, { timeoutMs: 60_000 })

    acknowledgedBeforeBackup.push(...acknowledged)
    const backup = await runTool('backup.ts', liveDir, backupDir)
    const duringBackup = acknowledged.length - acknowledgedBeforeBackup.length
    writing = false
    await writer
    expect(backup.output).toContain('Backed up')
    expect(backup.status).toBe(0)
    // Saves were acknowledged while the backup ran: otherwise this would test a quiet store.
    expect(duringBackup).toBeGreaterThan(0)

    const manifest = JSON.parse(readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as {
      app: string
      version: string
      createdAt: string
      files: { path: string; bytes: number; sha256: string }[]
    }
    expect(manifest.app).toBe('practice-exchange')
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(manifest.files.map(file => file.path)).toEqual(['db/practice_exchange.sqlite', 'search/case-studies.sqlite'])
    for (const file of manifest.files) {
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(file.bytes).toBeGreaterThan(0)
    }
  })

  it('refuses to restore into the data folder of a running app, and leaves it alone', async () => {
    const refused = await runTool('restore.ts', liveDir, backupDir, '--force')
    expect(refused.status).toBe(1)
    expect(refused.output).toMatch(
      /Nothing was restored: The app \(process \d+\) is using .*: stop it before restoring\./,
    )
  })

  it('restores into a fresh folder: the app starts on it with every acknowledged save, and the index matches', async () => {
    const restored = await runTool('restore.ts', restoredDir, backupDir)
    expect(restored.output).toContain('Restored 2 files')
    // Nothing published during the backup, so the index copy agrees with the store copy.
    expect(restored.output).toContain('The search index matches the restored store.')
    expect(restored.status).toBe(0)
    expect(existsSync(path.join(restoredDir, 'db', 'practice_exchange.sqlite.restoring'))).toBe(false)

    const { server, base, storeUri } = await startServer(restoredDir)
    try {
      expect((await fetch(`${base}/readyz`)).status).toBe(200)
      const emails = await storedEmails(storeUri)
      expect(acknowledgedBeforeBackup.filter(email => !emails.has(email))).toEqual([])
      expect(server.output()).toContain('reference data already current')
      // Demo case studies, found by search: the index came back with the store.
      const results = await (await fetch(`${base}/case-studies`)).text()
      expect(results).toMatch(/id="result-count"[^>]*>\s*[1-9][\d,]* case stud/)
    } finally {
      await stop(server)
    }
    const check = await runTool('checkIndex.ts', restoredDir)
    expect(check.output).toContain('index matches MongoDB')
    expect(check.status).toBe(0)
  })

  it('will not replace a store without --force, nor restore a damaged backup; either way the old data stays', async () => {
    const before = readFileSync(path.join(restoredDir, 'db', 'practice_exchange.sqlite'))
    const withoutForce = await runTool('restore.ts', restoredDir, backupDir)
    expect(withoutForce.status).toBe(1)
    expect(withoutForce.output).toContain('already holds a store: add --force to replace it')

    const damaged = path.join(backupDir, 'search', 'case-studies.sqlite')
    const bytes = readFileSync(damaged)
    bytes[bytes.length - 1]! ^= 0xff
    writeFileSync(damaged, bytes)
    const refused = await runTool('restore.ts', restoredDir, backupDir, '--force')
    expect(refused.status).toBe(1)
    expect(refused.output).toContain("does not match the manifest's checksum: the backup is damaged")
    expect(readFileSync(path.join(restoredDir, 'db', 'practice_exchange.sqlite')).equals(before)).toBe(true)

    bytes[bytes.length - 1]! ^= 0xff
    writeFileSync(damaged, bytes)
    const replaced = await runTool('restore.ts', restoredDir, backupDir, '--force')
    expect(replaced.output).toContain('Restored 2 files')
    expect(replaced.status).toBe(0)

    // A stopped app's folder backs up too (no live WAL to read alongside).
    const ofStopped = await runTool('backup.ts', restoredDir, path.join(root, 'backup-of-stopped'))
    expect(ofStopped.output).toContain('Backed up 2 files')
    expect(ofStopped.status).toBe(0)
  })
})
