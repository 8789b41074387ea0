import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { BARRIER_CATEGORIES, ENABLER_CATEGORIES, THEMES, labelOf } from '../../models/vocabulary'
import type { FacetFilters } from '../../server/search/searchTypes'
import type { SearchParams } from '../../server/services/search/searchRequests'
import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

// Relevance probes on the demo catalogue through the real search service and embedded engine,
// checked against MongoDB itself.

useTestDatabase()

const services = testServices()
let published: CaseStudyRecord[]

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  await services.searchIndex.ready()
  published = await CaseStudy.find({ published: { $ne: null }, archivedAt: null }).lean<CaseStudyRecord[]>()
})

const search = (text: string, filters: FacetFilters = {}, overrides: Partial<SearchParams> = {}) =>
  services.search.search({ text, filters, sort: 'relevance', page: 1, likeBy: 'global', ...overrides })
const slugsOf = async (text: string) => new Set((await search(text)).hits.map(hit => hit.document.slug))
/** What a person can read of a published case study and search for: its text and the labels of its lists. */
const searchableText = (caseStudy: CaseStudyRecord) => {
  const content = caseStudy.published!.content
  return [
    content.title,
    content.summary,
    ...content.tags,
    ...content.themes.map(theme => labelOf(THEMES, theme)),
    content.problem,
    content.whatTheyDid,
    content.context,
    ...content.barriers.map(item => `${labelOf(BARRIER_CATEGORIES, item.category)} ${item.description}`),
    ...content.enablers.map(item => `${labelOf(ENABLER_CATEGORIES, item.category)} ${item.description}`),
    content.outcomes,
    content.lessons,
  ].join(' ')
}
const containing = (pattern: RegExp) =>
  new Set(published.filter(caseStudy => pattern.test(searchableText(caseStudy))).map(caseStudy => caseStudy.slug))
/** The text a publisher wrote, without the labels of its lists (which only the words as typed reach). */
const writtenText = (caseStudy: CaseStudyRecord) => {
  const content = caseStudy.published!.content
  return [
    content.title,
    content.summary,
    ...content.tags,
    content.problem,
    content.whatTheyDid,
    content.context,
    ...content.barriers.map(item => item.description),
    ...content.enablers.map(item => item.description),
    content.outcomes,
    content.lessons,
  ].join(' ')
}
const writing = (pattern: RegExp) =>
  new Set(published.filter(caseStudy => pattern.test(writtenText(caseStudy))).map(caseStudy => caseStudy.slug))

describe('relevance', () => {
  it('finds the inflections of a word from its stem', async () => {
    // "licens" is six letters, so one typo away "licence" (stem "licenc") counts too.
    const expected = containing(/\blicen[cs](e|ed|es|ing)?\b/i)
    expect(expected.size).toBeGreaterThan(0)
    expect(await slugsOf('licensed')).toEqual(expected)
  })

  it('finds a misspelt word’s case studies: those whose text holds the word', async () => {
    const correct = writing(/\brecycl(e|ed|es|ing)\b/i)
    expect(correct.size).toBeGreaterThan(0)
    expect(correct.size).toBeLessThan(20)
    // A letter left out, and two letters swapped.
    expect(await slugsOf('recyling')).toEqual(correct)
    expect(await slugsOf('reycling')).toEqual(correct)
    // The words as typed reach the theme labels too ("Waste and recycling"); a misspelling does not.
    expect([...(await slugsOf('recycling'))]).toEqual(expect.arrayContaining([...correct]))
  })

  it('does not widen a correctly spelt word into a one-letter neighbour', async () => {
    // "falls" is held as typed, so it never reaches "fails" or "calls".
    const found = await search('falls')
    expect(found.total).toBeGreaterThan(0)
    for (const hit of found.hits)
      expect(searchableText(published.find(p => p.slug === hit.document.slug)!)).toMatch(/\bfall(s|ing)?\b/i)
  })

  it('matches joined, hyphenated and spaced forms of a compound alike', async () => {
    // Written in their text, in any form: those come first, before any filed under a wellbeing theme.
    const holding = writing(/\bwell[- ]?being\b/i)
    expect(holding.size).toBeGreaterThan(0)
    for (const form of ['wellbeing', 'well-being', 'well being']) {
      const found = await search(form)
      expect(new Set(found.hits.slice(0, holding.size).map(hit => hit.document.slug))).toEqual(holding)
    }
  })

  it('answers a whole question with the case study it asks about in the top 3', async () => {
    const { hits } = await search('how do councils help lonely older people make friends')
    expect(hits.length).toBeGreaterThan(3)
    expect(hits.slice(0, 3).some(hit => /lonel|isolation/i.test(hit.document.title + hit.document.summary))).toBe(true)
  })

  it('finds the other term of a synonym, both ways, and those case studies first', async () => {
    const either = new Set([...containing(/\bHMOs?\b/), ...containing(/houses? in multiple occupation/i)])
    expect(either.size).toBeGreaterThan(0)
    expect(await slugsOf('HMO')).toEqual(either)
    // The words alone also find case studies about houses generally, after those.
    const words = await search('houses in multiple occupation')
    expect(words.total).toBeGreaterThan(either.size)
    expect(new Set(words.hits.slice(0, either.size).map(hit => hit.document.slug))).toEqual(either)
  })

  it('reaches the sector’s word from an everyday one: kids finds children, elderly older people', async () => {
    const everySlugOf = async (text: string) => {
      const slugs = new Set<string>()
      for (let page = 1; ; page++) {
        const { hits } = await search(text, {}, { page })
        if (hits.length === 0) return slugs
        for (const hit of hits) slugs.add(hit.document.slug)
      }
    }
    const cases: Array<[string, RegExp]> = [
      ['kids', /\bchild(ren)?\b/i],
      ['elderly', /\bolder (people|adults)\b/i],
    ]
    for (const [everyday, sectorWords] of cases) {
      const written = published.filter(caseStudy => sectorWords.test(writtenText(caseStudy)))
      expect(written.length).toBeGreaterThan(0)
      expect([...(await everySlugOf(everyday))]).toEqual(
        expect.arrayContaining(written.map(caseStudy => caseStudy.slug)),
      )
    }
  })

  it('ranks a title match above a match only in the text', async () => {
    const results = await search('licensing')
    const inTitle = results.hits.filter(hit => /licensing/i.test(hit.document.title))
    expect(inTitle.length).toBeGreaterThan(0)
    expect(results.total).toBeGreaterThan(inTitle.length)
    expect(results.hits.slice(0, inTitle.length)).toEqual(inTitle)
  })

  it('counts facets as MongoDB does for the same filters, each facet without its own filter', async () => {
    const countIn = (filter: (content: CaseStudyRecord['published']) => boolean) =>
      published.filter(caseStudy => filter(caseStudy.published)).length
    const all = await search('')
    for (const [theme, count] of Object.entries(all.facets.theme)) {
      expect(await CaseStudy.countDocuments({ 'published.content.themes': theme, archivedAt: null })).toBe(count)
    }
    const filtered = await search('', { stage: ['live'], budgetBand: ['10k-50k', '50k-250k'] })
    const budgetOk = (p: CaseStudyRecord['published']) =>
      ['10k-50k', '50k-250k'].includes(p!.content.resources.budgetBand)
    expect(filtered.total).toBe(countIn(p => p!.content.stage === 'live' && budgetOk(p)))
    for (const [theme, count] of Object.entries(filtered.facets.theme)) {
      expect(count).toBe(countIn(p => p!.content.stage === 'live' && budgetOk(p) && p!.content.themes.includes(theme)))
    }
    for (const [stage, count] of Object.entries(filtered.facets.stage)) {
      expect(count).toBe(countIn(p => p!.content.stage === stage && budgetOk(p)))
    }
    expect(Object.keys(filtered.facets.stage).length).toBeGreaterThan(1)
  })

  it('combines filters with the query: every hit matches both, and none is missed', async () => {
    const withWord = containing(/\bdata\b/i)
    const results = await search('data', { theme: ['digital', 'adult-social-care'] }, { page: 1 })
    const expected = published.filter(
      caseStudy =>
        withWord.has(caseStudy.slug) &&
        caseStudy.published!.content.themes.some(theme => ['digital', 'adult-social-care'].includes(theme)),
    )
    expect(results.total).toBe(expected.length)
    expect(new Set(results.hits.map(hit => hit.document.slug))).toEqual(
      new Set(expected.slice(0, 20).length === expected.length ? expected.map(caseStudy => caseStudy.slug) : []),
    )
  })
})
