import { searchIndexTaskRepository as tasks } from '../../server/data/searchIndexTaskRepository'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

// A rebuild of a large catalogue completes tens of thousands of tasks at once; the embedded store
// refused one `$in` of that many ids ("too many SQL variables").
describe('search index tasks', () => {
  it('completes and fails any number of tasks at once', async () => {
    const versions = Array.from({ length: 40_000 }, (_, at) => ({ caseStudyId: `case-${at}`, version: 1 }))
    await tasks.recordMany(versions, new Date())
    expect(await tasks.count()).toBe(40_000)

    const ids = versions.map(({ caseStudyId }) => `${caseStudyId}:1`)
    await tasks.fail(ids.slice(0, 2_500), 1, new Date(), 'refused')
    expect((await tasks.listOldest(1))[0]).toMatchObject({ attempts: 1, lastError: 'refused' })

    await tasks.completeVersions(versions)
    expect(await tasks.count()).toBe(0)
  }, 300_000)
})
