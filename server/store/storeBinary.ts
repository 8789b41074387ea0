import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROJECT_ROOT } from '../projectRoot'

const SOURCE_DIR = path.join(PROJECT_ROOT, 'scripts', 'ferretdb')
const SOURCE_FILES = ['main.go', 'go.mod', 'go.sum']

export class StoreBuildError extends Error {
  override name = 'StoreBuildError'
}

const NO_GO_MESSAGE = [
  'The embedded MongoDB-compatible store (FerretDB) is built from source once, and that needs Go 1.24 or newer,',
  'which was not found on PATH. Either:',
  '  - install Go 1.24+ and run this command again, or',
  '  - set MONGODB_URI to a MongoDB 7+ server (for example run `docker compose up`, which includes one).',
].join('\n')

/** Where the binary for the current source lives; the hash rebuilds it when our Go source changes. */
export function storeBinaryPath(): string {
  const hash = createHash('sha256')
  for (const file of SOURCE_FILES) hash.update(readFileSync(path.join(SOURCE_DIR, file)))
  return path.join(PROJECT_ROOT, '.cache', 'ferretdb', `ferretdb-embedded-${hash.digest('hex').slice(0, 12)}`)
}

/** Builds the FerretDB binary from the Go module proxy if it is not built yet; returns its path. */
export function ensureStoreBinary(log: (message: string) => void = console.log): string {
  const binary = storeBinaryPath()
  if (existsSync(binary)) return binary

  const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' })
  if (goVersion.error || goVersion.status !== 0) throw new StoreBuildError(NO_GO_MESSAGE)

  log(
    `Building the embedded store (FerretDB v1.24.2, SQLite backend) with ${goVersion.stdout.trim()}; this takes a minute or two, once.`,
  )
  mkdirSync(path.dirname(binary), { recursive: true })
  const build = spawnSync('go', ['build', '-trimpath', '-o', binary, '.'], {
    cwd: SOURCE_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Pure-Go SQLite (modernc.org/sqlite): no C toolchain needed.
    env: { ...process.env, CGO_ENABLED: '0' },
  })
  if (build.status !== 0)
    throw new StoreBuildError(`go build of the embedded store failed (exit ${build.status}); see above.`)
  return binary
}
