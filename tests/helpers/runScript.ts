import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { testDataDir } from './testApp'
import { testStoreUri } from './testDatabase'

/**
 * Runs one of scripts/ as npm would (node --import tsx), against this test file's database and
 * data folder, and returns its exit status and output.
 */
export function runScript(script: string, databaseName: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      MONGODB_URI: `${testStoreUri()}${databaseName}`,
      DATA_DIR: testDataDir,
    },
  })
}
