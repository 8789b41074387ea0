import { existsSync } from 'node:fs'
import path from 'node:path'

/** The folder holding package.json, whether we run from source (tsx) or from dist/ (tsc). */
function findProjectRoot(start: string): string {
  let dir = start
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`No package.json above ${start}`)
    dir = parent
  }
  return dir
}

export const PROJECT_ROOT = findProjectRoot(__dirname)
export const VIEWS_DIR = path.join(PROJECT_ROOT, 'views')
export const BUILT_ASSETS_DIR = path.join(PROJECT_ROOT, '.cache', 'assets')
export const REFERENCE_DATA_DIR = path.join(PROJECT_ROOT, 'models', 'reference-data')
