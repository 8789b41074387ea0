// First step of `npm start` and `npm test` on a fresh clone: make sure the npm dependencies
// match package-lock.json. Plain Node with no dependencies, because it runs before they exist.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [major, minor] = process.versions.node.split('.').map(Number)
// 20.19 is the first Node 20 that can require() ES modules (the Meilisearch client is ESM-only).
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Practice Exchange needs Node.js 20.19 or newer; this is ${process.versions.node}.`)
  process.exit(1)
}

const lockFile = join(root, 'package-lock.json')
const stampFile = join(root, 'node_modules', '.practice-exchange-lock-hash')
const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex')
const installedHash = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : ''

if (installedHash !== lockHash) {
  console.log('Installing npm dependencies (package-lock.json changed or node_modules is missing)...')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('npm ci failed: see the output above.')
    process.exit(result.status ?? 1)
  }
  writeFileSync(stampFile, `${lockHash}\n`)
}
