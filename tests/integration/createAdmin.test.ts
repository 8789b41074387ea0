import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { User } from '../../models/User'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { testDataDir } from '../helpers/testApp'
import { testStoreUri, useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()

function createAdmin(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'createAdmin.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        MONGODB_URI: `${testStoreUri()}${database.name}`,
        DATA_DIR: testDataDir,
      },
    },
  )
}

describe('npm run create-admin', () => {
  it('creates a verified network admin and emails a link to set the password', async () => {
    const run = createAdmin('--email', 'First.Admin@Example.org', '--name', 'First Admin')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('first.admin@example.org is a network admin')
    const user = await User.findOne({ email: 'first.admin@example.org' }).lean()
    expect(user).toMatchObject({ name: 'First Admin', isNetworkAdmin: true })
    expect(user?.emailVerifiedAt).toBeInstanceOf(Date)
  })

  it('refuses a bad email with a clear message', () => {
    const run = createAdmin('--email', 'not-an-email')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--email: Enter an email address in the correct format')
  })
})
