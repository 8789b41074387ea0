import { runScript } from '../helpers/runScript'
import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()

// MEILI_URL in the test run's environment (a developer's shared server, or production's) must not
// reach the scripts and servers tests start: with it they rebuilt the real index. Here it names a
// server nobody answers on, so a child that inherited it would fail instead of finishing.
describe('a script started by a test while MEILI_URL is set', () => {
  const saved = { ...process.env }
  beforeAll(() => {
    Object.assign(process.env, {
      MEILI_URL: 'http://127.0.0.1:1',
      MEILI_MASTER_KEY: 'real',
      MEILI_INDEX: 'case-studies',
    })
  })
  afterAll(() => {
    for (const name of ['MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX']) delete process.env[name]
    Object.assign(process.env, saved)
  })

  it('rebuilds and checks the embedded index, never Meilisearch', async () => {
    const services = testServices()
    await services.referenceData.loadCouncils()
    const published = await services.demoContent.seedIfEmpty()

    const reindex = runScript('reindex.ts', database.name)
    expect(reindex.stderr).toBe('')
    expect(reindex.stdout).toContain(`Indexed ${published} published case studies`)
    expect(reindex.status).toBe(0)

    const check = runScript('checkIndex.ts', database.name)
    expect(check.stdout).toContain(`The embedded index matches MongoDB: ${published} case studies.`)
    expect(check.status).toBe(0)
  })
})
