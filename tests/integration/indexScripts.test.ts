import { createSearchEngine } from '../../server/search/createSearchEngine'
import { runScript } from '../helpers/runScript'
import { testConfig, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()

describe('npm run reindex and npm run check-index', () => {
  it('rebuild the index, report it clean, report a difference with exit code 1, and repair it', async () => {
    const services = testServices()
    await services.referenceData.loadCouncils()
    const published = await services.demoContent.seedIfEmpty()

    const reindex = runScript('reindex.ts', database.name)
    expect(reindex.stderr).toBe('')
    expect(reindex.status).toBe(0)
    expect(reindex.stdout).toContain(`Indexed ${published} published case studies`)

    const clean = runScript('checkIndex.ts', database.name)
    expect(clean.status).toBe(0)
    expect(clean.stdout).toContain(`The embedded index matches MongoDB: ${published} case studies.`)

    // The same index file, changed behind MongoDB's back.
    const engine = createSearchEngine(testConfig())
    await engine.open()
    const [lost, changed] = await engine.all()
    await engine.remove([lost!.id])
    await engine.upsert([{ ...changed!, title: 'Tampered', adaptedCount: 99 }])
    await engine.close()

    const dirty = runScript('checkIndex.ts', database.name)
    expect(dirty.status).toBe(1)
    expect(dirty.stdout).toContain(`${lost!.id} "${lost!.title}": missing from the index`)
    expect(dirty.stdout).toContain(
      `${changed!.id} "${changed!.title}": differs in the index (fields: adaptedCount, title)`,
    )
    expect(dirty.stdout).toContain('2 differences between MongoDB and the embedded index.')

    expect(runScript('reindex.ts', database.name).status).toBe(0)
    expect(runScript('checkIndex.ts', database.name).status).toBe(0)
  })
})
