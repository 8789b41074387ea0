import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { childEnvironment } from './meiliTestIndex'
import { testDataDir } from './testApp'
import { testStoreUri } from './testDatabase'

/**
 * Runs one of scripts/ as npm would (node --import tsx), against this test file's database and
 * data folder and the embedded search engine (never a Meilisearch named in our environment), and
 * returns its exit status and output.
 */
export function runScript(script: string, databaseName: string, ...args: string[]) {
  return runScriptWith({}, script, databaseName, ...args)
}

/** runScript with more environment on top, e.g. useTestMeiliIndex() to run it against Meilisearch. */
export function runScriptWith(env: NodeJS.ProcessEnv, script: string, databaseName: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: childEnvironment({
      NODE_ENV: 'test',
      MONGODB_URI: `${testStoreUri()}${databaseName}`,
      DATA_DIR: testDataDir,
      ...env,
    }),
  })
}
