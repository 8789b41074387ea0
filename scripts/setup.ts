// Second step of `npm start` and `npm test` (after bootstrap.mjs has installed npm packages):
// builds what the app serves and runs on, skipping anything already up to date.
//   --assets-only  compile the front-end assets and stop (used by `npm run build` and Docker)
//   --for-tests    also make sure Debian's Chromium is there for the browser tests
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as sass from 'sass'
import { BUILT_ASSETS_DIR, PROJECT_ROOT, VIEWS_DIR } from '../server/projectRoot'
import { ensureStoreBinary, StoreBuildError } from '../server/store/storeBinary'

const args = new Set(process.argv.slice(2))
const CHROMIUM = '/usr/bin/chromium'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}

function buildAssets(): void {
  const govukDist = path.join(PROJECT_ROOT, 'node_modules', 'govuk-frontend', 'dist', 'govuk')
  const inputs = [
    ...filesUnder(path.join(VIEWS_DIR, 'styles')),
    ...filesUnder(path.join(VIEWS_DIR, 'scripts')),
    ...filesUnder(path.join(VIEWS_DIR, 'images')),
    path.join(PROJECT_ROOT, 'node_modules', 'govuk-frontend', 'package.json'),
  ]
  const hash = createHash('sha256')
  for (const file of inputs) hash.update(file).update(readFileSync(file))
  const fingerprint = hash.digest('hex')
  const stamp = path.join(BUILT_ASSETS_DIR, '.fingerprint')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) return

  console.log('Compiling front-end assets...')
  for (const dir of ['css', 'js', 'images']) mkdirSync(path.join(BUILT_ASSETS_DIR, dir), { recursive: true })
  const css = sass.compile(path.join(VIEWS_DIR, 'styles', 'application.scss'), {
    importers: [new sass.NodePackageImporter(PROJECT_ROOT)],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import'],
  })
  writeFileSync(path.join(BUILT_ASSETS_DIR, 'css', 'application.css'), css.css)
  copyFileSync(
    path.join(govukDist, 'govuk-frontend.min.js'),
    path.join(BUILT_ASSETS_DIR, 'js', 'govuk-frontend.min.js'),
  )
  for (const file of filesUnder(path.join(VIEWS_DIR, 'scripts'))) {
    copyFileSync(file, path.join(BUILT_ASSETS_DIR, 'js', path.basename(file)))
  }
  for (const file of filesUnder(path.join(VIEWS_DIR, 'images'))) {
    copyFileSync(file, path.join(BUILT_ASSETS_DIR, 'images', path.basename(file)))
  }
  writeFileSync(stamp, fingerprint)
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return
  console.log("Installing Debian's Chromium for the browser tests...")
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo']
  for (const command of [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const [program, ...rest] = [...asRoot, ...command] as [string, ...string[]]
    const result = spawnSync(program, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) {
      throw new Error(
        `Could not install Chromium (${command.join(' ')} failed). Install the Debian package "chromium" and run again.`,
      )
    }
  }
}

try {
  buildAssets()
  if (!args.has('--assets-only')) {
    // Tests always use the embedded store; the app only when no MongoDB server is configured.
    if (args.has('--for-tests') || !process.env.MONGODB_URI) ensureStoreBinary()
    if (args.has('--for-tests')) ensureChromium()
  }
} catch (error) {
  console.error(error instanceof StoreBuildError ? error.message : error)
  process.exit(1)
}
