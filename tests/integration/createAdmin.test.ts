import { User } from '../../models/User'
import { runScript } from '../helpers/runScript'
import { useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()

const createAdmin = (...args: string[]) => runScript('createAdmin.ts', database.name, ...args)

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
