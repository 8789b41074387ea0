import { Council } from '../../models/Council'
import { councilRepository } from '../../server/data/councilRepository'
import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('loading reference data', () => {
  const { referenceData } = testServices()

  it('loads 398 councils with their neighbours, then skips an unchanged reload', async () => {
    const first = await referenceData.loadCouncils()
    expect(first).toEqual({ loaded: true, count: 398, inserted: 398, updated: 0 })

    const leeds = await councilRepository.findByGssCode('E08000035')
    expect(leeds).toMatchObject({
      name: 'Leeds City Council',
      slug: 'leeds-city-council',
      type: 'metropolitan-district',
    })
    expect(leeds?.neighbours.global.slice(0, 3)).toEqual(['S12000049', 'E08000021', 'W06000015'])

    expect(await referenceData.loadCouncils()).toMatchObject({ loaded: false, count: 398 })
  })

  it('a forced reload changes nothing that is already current', async () => {
    expect(await referenceData.loadCouncils({ force: true })).toEqual({
      loaded: true,
      count: 398,
      inserted: 0,
      updated: 0,
    })
  })

  it('repairs drifted reference fields and keeps what network admins added', async () => {
    await Council.updateOne(
      { _id: 'E06000052' },
      { $set: { name: 'Wrong name', extraEmailDomains: ['cornwall.example'] } },
    )
    await Council.deleteOne({ _id: 'W06000015' })

    expect(await referenceData.loadCouncils({ force: true })).toEqual({
      loaded: true,
      count: 398,
      inserted: 1,
      updated: 1,
    })
    const cornwall = await councilRepository.findByGssCode('E06000052')
    expect(cornwall?.name).toBe('Cornwall Council')
    expect(cornwall?.extraEmailDomains).toEqual(['cornwall.example'])
    expect(await councilRepository.findByGssCode('W06000015')).toMatchObject({ name: 'City of Cardiff Council' })
  })
})
