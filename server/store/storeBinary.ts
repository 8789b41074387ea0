import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FERRETDB_PATCHES, type SourcePatch } from '../../scripts/ferretdb/patches'
import { PROJECT_ROOT } from '../projectRoot'

const SOURCE_DIR = path.join(PROJECT_ROOT, 'scripts', 'ferretdb')
const SOURCE_FILES = ['main.go', 'go.mod', 'go.sum']
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB'

export class StoreBuildError extends Error {
  override name = 'StoreBuildError'
}

const NO_GO_MESSAGE = [
  'The embedded MongoDB-compatible store (FerretDB) is built from source once, and that needs Go 1.24 or newer,',
  'which was not found on PATH. Either:',
  '  - install Go 1.24+ and run this command again, or',
  '  - set MONGODB_URI to a MongoDB 7+ server (for example run `docker compose up`, which includes one).',
].join('\n')

/**
 * Where the binary for the current source lives; the hash rebuilds it when our Go source or a patch
 * to FerretDB changes, so every machine picks up a new patch once.
 */
export function storeBinaryPath(): string {
  const hash = createHash('sha256')
  for (const file of SOURCE_FILES) hash.update(readFileSync(path.join(SOURCE_DIR, file)))
  hash.update(JSON.stringify(FERRETDB_PATCHES))
  return path.join(PROJECT_ROOT, '.cache', 'ferretdb', `ferretdb-embedded-${hash.digest('hex').slice(0, 12)}`)
}

function go(args: string[], what: string): string {
  const result = spawnSync('go', args, { cwd: SOURCE_DIR, encoding: 'utf8', env: { ...process.env, CGO_ENABLED: '0' } })
  if (result.status !== 0) throw new StoreBuildError(`${what} failed (go ${args.join(' ')}):\n${result.stderr}`)
  return result.stdout.trim()
}

/** Applies one patch to its text; throws unless the expected text occurs exactly once. */
export function applySourcePatch(original: string, patch: SourcePatch): string {
  const at = original.indexOf(patch.expected)
  if (at === -1 || original.indexOf(patch.expected, at + 1) !== -1) {
    throw new StoreBuildError(
      `The FerretDB patch "${patch.name}" no longer applies: ${patch.file} does not contain ` +
        `${patch.expected} exactly once. Check whether the upgrade fixed the problem the patch describes ` +
        '(scripts/ferretdb/patches/) and update or remove the patch.',
    )
  }
  return original.slice(0, at) + patch.replacement + original.slice(at + patch.expected.length)
}

/** Copies a module-cache folder (read-only there) as ordinary writable files. */
function copyModule(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const target = path.join(to, path.relative(from, path.join(entry.parentPath, entry.name)))
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, readFileSync(path.join(entry.parentPath, entry.name)))
  }
}

/**
 * Puts a patched copy of the FerretDB module next to the binary and a go.mod that replaces the module
 * with it; returns that go.mod's path, for `go build -modfile`. (`go build -overlay` would be lighter, but
 * Go refuses to overlay files inside the module cache.)
 */
function preparePatchedModule(binary: string): string {
  go(['mod', 'download', FERRETDB_MODULE], 'Downloading FerretDB')
  const moduleDir = go(['list', '-m', '-f', '{{.Dir}}', FERRETDB_MODULE], 'Finding FerretDB in the module cache')
  if (!moduleDir) throw new StoreBuildError(`go list found no folder for ${FERRETDB_MODULE}`)

  const patchedDir = `${binary}-src`
  rmSync(patchedDir, { recursive: true, force: true })
  copyModule(moduleDir, patchedDir)
  for (const patch of FERRETDB_PATCHES) {
    const file = path.join(patchedDir, ...patch.file.split('/'))
    writeFileSync(file, applySourcePatch(readFileSync(file, 'utf8'), patch))
  }

  const modFile = path.join(patchedDir, 'build.go.mod')
  const goMod = readFileSync(path.join(SOURCE_DIR, 'go.mod'), 'utf8')
  writeFileSync(modFile, `${goMod}\nreplace ${FERRETDB_MODULE} => ${JSON.stringify(patchedDir)}\n`)
  // -modfile reads the sums from the file beside it with the same base name.
  writeFileSync(modFile.replace(/\.mod$/, '.sum'), readFileSync(path.join(SOURCE_DIR, 'go.sum')))
  return modFile
}

/** Builds the FerretDB binary from the Go module proxy, with our patches, if it is not built yet; returns its path. */
export function ensureStoreBinary(log: (message: string) => void = console.log): string {
  const binary = storeBinaryPath()
  if (existsSync(binary)) return binary

  const goVersion = spawnSync('go', ['version'], { encoding: 'utf8' })
  if (goVersion.error || goVersion.status !== 0) throw new StoreBuildError(NO_GO_MESSAGE)

  log(
    `Building the embedded store (FerretDB v1.24.2, SQLite backend) with ${goVersion.stdout.trim()}; this takes a minute or two, once.`,
  )
  mkdirSync(path.dirname(binary), { recursive: true })
  const modFile = preparePatchedModule(binary)
  // Built under a temporary name and renamed last, so a build cut short never passes for a finished one.
  const partial = `${binary}.partial`
  const build = spawnSync('go', ['build', '-trimpath', '-modfile', modFile, '-o', partial, '.'], {
    cwd: SOURCE_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Pure-Go SQLite (modernc.org/sqlite): no C toolchain needed.
    env: { ...process.env, CGO_ENABLED: '0' },
  })
  if (build.status !== 0)
    throw new StoreBuildError(`go build of the embedded store failed (exit ${build.status}); see above.`)
  renameSync(partial, binary)
  rmSync(path.dirname(modFile), { recursive: true, force: true })
  return binary
}
