import type { CouncilData } from '../../server/data/councilRepository'
import { caseStudySlugFrom } from '../../server/forms/collectionForms'
import { parseCouncilFilters } from '../../server/forms/councilFilterForm'
import { pageQuery } from '../../server/forms/pageQuery'
import { deprivationDecile } from '../../server/presenters/browse/councilPresenter'
import { filterCouncils } from '../../server/services/browse/councilDirectory'

describe('a case study’s address as curators paste it', () => {
  it.each([
    ['https://practice-exchange.example/case-studies/warm-spaces', 'warm-spaces'],
    ['http://localhost:3000/case-studies/warm-spaces/?utm=x#contacts', 'warm-spaces'],
    ['/case-studies/warm-spaces', 'warm-spaces'],
    ['  WARM-SPACES ', 'warm-spaces'],
    ['warm-spaces', 'warm-spaces'],
    ['https://example.org/other/warm-spaces', ''],
    ['/case-studies/warm-spaces/history', ''],
    ['/case-studies/warm%20spaces', ''],
    ['javascript:alert(1)', ''],
    ['-leading-hyphen', ''],
    ['', ''],
  ])('%j gives %j', (reference, slug) => {
    expect(caseStudySlugFrom(reference)).toBe(slug)
  })
})

describe('deprivation deciles', () => {
  it.each([
    [1, 1],
    [29, 1],
    [30, 2],
    [86, 3],
    [148, 5],
    [296, 10],
  ])('rank %i of 296 is in decile %i', (rank, decile) => {
    expect(deprivationDecile(rank, 296)).toBe(decile)
  })
})

describe('page numbers in query strings', () => {
  it.each([
    [undefined, 1],
    ['2', 2],
    ['0', 1],
    ['-1', 1],
    ['1.5', 1],
    ['99999', 1],
    [['2', '3'], 1],
  ])('%j is page %i', (value, page) => {
    expect(pageQuery(value)).toBe(page)
  })
})

const council = (name: string, nation: string, region: string, type: string) =>
  ({ gssCode: name, name, slug: name, nation, region, type }) as unknown as CouncilData

describe('the councils index filters', () => {
  const all = [
    council('Leeds City Council', 'England', 'Yorkshire and The Humber', 'metropolitan-district'),
    council('Brighton & Hove City Council', 'England', 'South East', 'unitary'),
    council('City of Cardiff Council', 'Wales', 'Wales', 'welsh-principal-area'),
  ]

  it('reads only what can exist, and says what it left out', () => {
    const { filters, notices } = parseCouncilFilters({
      q: ['  leeds\u0000  city ', 'ignored'],
      nation: ['Wales', 'Atlantis'],
      type: 'unitary',
      region: '<b>',
      page: 'x',
    })
    expect(filters).toEqual({ name: 'leeds city', nations: ['Wales'], regions: [], types: ['unitary'], page: 1 })
    expect(notices).toEqual([
      'That page number was not recognised, so this is the first page',
      'Some nation filters were not recognised and were left out',
      'Some region filters were not recognised and were left out',
    ])
  })

  it('matches every typed word in the name, whatever the case and punctuation', () => {
    const names = (name: string) =>
      filterCouncils(all, { name, nations: [], regions: [], types: [], page: 1 }).councils.map(found => found.name)
    expect(names('brighton and hove')).toEqual(['Brighton & Hove City Council'])
    expect(names('CITY council')).toHaveLength(3)
    expect(names('city leeds')).toEqual(['Leeds City Council'])
  })

  it('combines filters: alternatives within one, all of them across', () => {
    const result = filterCouncils(all, {
      name: '',
      nations: ['England'],
      regions: [],
      types: ['unitary', 'metropolitan-district'],
      page: 1,
    })
    expect(result.total).toBe(2)
    expect(result.regions).toEqual(['South East', 'Wales', 'Yorkshire and The Humber'])
  })
})
