import { readCouncilReferenceData, referenceDataHash } from '../../server/services/referenceData/councilReferenceData'
import { slugify } from '../../server/services/slugify'

describe('council reference data', () => {
  const councils = readCouncilReferenceData()
  const byCode = new Map(councils.map(council => [council.gssCode, council]))

  it('reads all 398 councils with unique codes and slugs', () => {
    expect(councils).toHaveLength(398)
    expect(byCode.size).toBe(398)
    expect(new Set(councils.map(council => council.slug)).size).toBe(398)
  })

  it('maps the source types onto our council types', () => {
    expect(byCode.get('E08000035')).toMatchObject({
      name: 'Leeds City Council',
      type: 'metropolitan-district',
      nation: 'England',
      region: 'Yorkshire and The Humber',
      population: 798786,
      ruralUrban: 'Urban',
      websiteDomain: 'leeds.gov.uk',
    })
    expect(byCode.get('W06000015')?.type).toBe('welsh-principal-area')
    expect(byCode.get('S12000049')?.type).toBe('scottish-council-area')
    expect(councils.filter(council => council.type === 'district')).toHaveLength(164)
  })

  it('keeps deprivation ranks only where the source has them', () => {
    expect(byCode.get('E08000035')?.deprivationRank).toBe(86)
    expect(byCode.get('W06000015')?.deprivationRank).toBeNull()
  })

  it('attaches the ONS similar-area lists in rank order', () => {
    const leeds = byCode.get('E08000035')
    expect(leeds?.neighbours.global[0]).toBe('S12000049')
    expect(leeds?.neighbours.global).toHaveLength(20)
    expect(leeds?.neighbours.economic.length).toBeGreaterThan(0)
    expect(leeds?.neighbours.demographic.length).toBeGreaterThan(0)
  })

  it('fingerprints the files so unchanged data is not reloaded', () => {
    expect(referenceDataHash()).toBe(referenceDataHash())
    expect(referenceDataHash()).toMatch(/^[0-9a-f]{64}$/)
  })

  it('makes readable slugs', () => {
    expect(slugify('Armagh City, Banbridge & Craigavon Borough Council')).toBe(
      'armagh-city-banbridge-and-craigavon-borough-council',
    )
    expect(slugify('  Ynys Môn  ')).toBe('ynys-mon')
  })
})
