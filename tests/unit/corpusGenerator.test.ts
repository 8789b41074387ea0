import {
  type CaseStudyContent,
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  LICENCES,
  STAGES,
  THEMES,
} from '../../models/vocabulary'
import { toSearchDocument } from '../../server/search/searchDocument'
import { DEFAULT_NOW, generateCorpus, type CorpusCaseStudy } from '../../scripts/corpus/corpusGenerator'
import { zipfSampler } from '../../scripts/corpus/zipf'
import { seededRandom } from '../../server/demo/random'
import { readCouncilReferenceData } from '../../server/services/referenceData/councilReferenceData'

const councils = readCouncilReferenceData()
const corpus = generateCorpus({ count: 2000, seed: 20261130, councils })

const proseOf = (content: CaseStudyContent) =>
  [
    content.title,
    content.summary,
    content.problem,
    content.whatTheyDid,
    content.context,
    content.outcomes,
    content.lessons,
    ...content.barriers.map(item => item.description),
    ...content.enablers.map(item => item.description),
  ].join('\n')
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean)

describe('the synthetic corpus generator', () => {
  it('gives the same corpus for the same seed, another for another seed, and a longer one starts with a shorter', () => {
    const again = generateCorpus({ count: 2000, seed: 20261130, councils })
    expect(JSON.stringify(again)).toBe(JSON.stringify(corpus))
    const other = generateCorpus({ count: 50, seed: 20261131, councils })
    expect(other.map(item => item.content.title)).not.toEqual(corpus.slice(0, 50).map(item => item.content.title))
    expect(JSON.stringify(generateCorpus({ count: 1000, seed: 20261130, councils }))).toBe(
      JSON.stringify(corpus.slice(0, 1000)),
    )
  })

  it('makes exactly as many case studies as asked, with unique ObjectId ids and unique slugs', () => {
    expect(corpus).toHaveLength(2000)
    expect(generateCorpus({ count: 0, seed: 1, councils })).toEqual([])
    expect(generateCorpus({ count: 7, seed: 1, councils })).toHaveLength(7)
    for (const item of corpus) expect(item.id).toMatch(/^[0-9a-f]{24}$/)
    expect(new Set(corpus.map(item => item.id)).size).toBe(2000)
    expect(new Set(corpus.map(item => item.slug)).size).toBe(2000)
    for (const item of corpus) expect(item.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-c20261130-\d+$/)
  })

  it('refuses a bad count, seed or date', () => {
    expect(() => generateCorpus({ count: -1, seed: 1, councils })).toThrow(RangeError)
    expect(() => generateCorpus({ count: 1, seed: 1.5, councils })).toThrow(RangeError)
    expect(() => generateCorpus({ count: 1, seed: 2 ** 32, councils })).toThrow(RangeError)
    expect(() => generateCorpus({ count: 1, seed: 1, councils, now: new Date('2018-06-01') })).toThrow(RangeError)
  })

  it('uses only keys from the controlled lists, and councils from the reference data', () => {
    const codes = new Set(councils.map(council => council.gssCode))
    for (const { content, councilCode, evidenceLevel } of corpus) {
      expect(codes.has(councilCode)).toBe(true)
      expect(content.themes.length).toBeGreaterThanOrEqual(1)
      expect(content.themes.length).toBeLessThanOrEqual(3)
      expect(new Set(content.themes).size).toBe(content.themes.length)
      for (const theme of content.themes) expect(THEMES).toHaveProperty([theme])
      for (const [items, list] of [
        [content.barriers, BARRIER_CATEGORIES],
        [content.enablers, ENABLER_CATEGORIES],
      ] as const) {
        expect(items.length).toBeGreaterThanOrEqual(1)
        expect(items.length).toBeLessThanOrEqual(3)
        for (const item of items) {
          expect(list).toHaveProperty([item.category])
          expect(item.description.length).toBeGreaterThan(40)
        }
      }
      expect(STAGES).toHaveProperty([content.stage])
      expect(BUDGET_BANDS).toHaveProperty([content.resources.budgetBand])
      expect(EVIDENCE_LEVELS).toHaveProperty([content.evidenceLevel])
      expect(EVIDENCE_LEVELS).toHaveProperty([evidenceLevel])
      expect(LICENCES).toHaveProperty([content.licence])
      for (const document of content.documents) expect(LICENCES).toHaveProperty([document.licence])
      expect(content.tags.length).toBeGreaterThanOrEqual(3)
      expect(content.tags.length).toBeLessThanOrEqual(6)
      expect(new Set(content.tags).size).toBe(content.tags.length)
      expect(content.partners.length).toBeGreaterThanOrEqual(1)
      expect(content.startDate).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/)
      if (content.stage === 'ended') expect(content.endDate >= content.startDate).toBe(true)
      else expect(content.endDate).toBe('')
    }
    const used = (pick: (item: CorpusCaseStudy) => string[]) => new Set(corpus.flatMap(pick)).size
    expect(used(item => item.content.themes)).toBe(Object.keys(THEMES).length)
    expect(used(item => item.content.barriers.map(barrier => barrier.category))).toBe(
      Object.keys(BARRIER_CATEGORIES).length,
    )
    expect(used(item => [item.content.stage])).toBe(Object.keys(STAGES).length)
    expect(used(item => [item.councilCode])).toBeGreaterThan(250)
  })

  it('writes case studies about as long as real ones: a short summary and several sentences a section', () => {
    for (const { content } of corpus) {
      const length = proseOf(content).length
      expect(length).toBeGreaterThanOrEqual(1500)
      expect(length).toBeLessThanOrEqual(4500)
      expect(sentences(content.summary).length).toBeGreaterThanOrEqual(1)
      expect(sentences(content.summary).length).toBeLessThanOrEqual(2)
      for (const section of [content.problem, content.whatTheyDid, content.outcomes, content.lessons]) {
        expect(sentences(section).length).toBeGreaterThanOrEqual(2)
      }
      expect(content.title.length).toBeGreaterThan(20)
      expect(content.title).toMatch(/^[A-Z0-9]/)
    }
  })

  it('draws words with Zipf-like frequencies: common words very common, a long tail of rare ones', () => {
    const counts = new Map<string, number>()
    for (const { content } of corpus.slice(0, 300)) {
      for (const word of proseOf(content)
        .toLowerCase()
        .match(/[a-z][a-z'-]*/g) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1)
      }
    }
    const frequencies = [...counts.values()].sort((a, b) => b - a)
    expect(frequencies[0]).toBeGreaterThan(10 * (frequencies[99] as number))
    expect(frequencies.length).toBeGreaterThan(1500)
    expect(frequencies.filter(frequency => frequency <= 2).length).toBeGreaterThan(300)
    // The local-government acronyms the search synonyms know are in the vocabulary.
    for (const acronym of ['send', 'ehcp', 'asc', 'asb', 'neet', 'dfg', 's106', 'cil', 'uc', 'hmo', 'lac', 'dols']) {
      expect(
        corpus.some(({ content }) => content.tags.concat(proseOf(content)).join(' ').toLowerCase().includes(acronym)),
      ).toBe(true)
    }
  })

  it('samples by rank: the first of a thousand items about a hundred times as often as the hundredth', () => {
    const items = Array.from({ length: 1000 }, (_, index) => index)
    const draw = zipfSampler(items)
    const random = seededRandom(1)
    const counts = new Array<number>(1000).fill(0)
    for (let n = 0; n < 200_000; n++) counts[draw(random)]! += 1
    expect(counts[0]! / counts[99]!).toBeGreaterThan(60)
    expect(counts[0]! / counts[99]!).toBeLessThan(160)
    expect(counts[999]).toBeGreaterThan(0)
  })

  it('makes about a tenth adaptations of earlier case studies, published after them', () => {
    const position = new Map(corpus.map((item, index) => [item.id, index]))
    const adaptations = corpus.filter(item => item.content.adaptedFrom.caseStudyId)
    expect(adaptations.length).toBeGreaterThan(140)
    expect(adaptations.length).toBeLessThan(260)
    for (const adaptation of adaptations) {
      const index = position.get(adaptation.content.adaptedFrom.caseStudyId)
      expect(index).toBeDefined()
      expect(index!).toBeLessThan(position.get(adaptation.id)!)
      const original = corpus[index!]!
      expect(original.firstPublishedAt.getTime()).toBeLessThanOrEqual(adaptation.firstPublishedAt.getTime())
      expect(original.content.themes[0]).toBe(adaptation.content.themes[0])
      expect(original.councilCode).not.toBe(adaptation.councilCode)
      expect(adaptation.content.adaptedFrom.whatChanged).not.toBe('')
    }
  })

  it('spreads publication over 2019 to 2026, none in the future', () => {
    const years = new Set<number>()
    for (const item of corpus) {
      expect(item.firstPublishedAt.getTime()).toBeGreaterThanOrEqual(Date.UTC(2019, 0, 1))
      expect(item.publishedAt.getTime()).toBeGreaterThanOrEqual(item.firstPublishedAt.getTime())
      expect(item.publishedAt.getTime()).toBeLessThanOrEqual(DEFAULT_NOW.getTime())
      years.add(item.firstPublishedAt.getUTCFullYear())
    }
    expect([...years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026])
  })

  it('invents only obviously fictional contacts, which never reach a search document', () => {
    const contacts = corpus.flatMap(item => item.content.contacts)
    expect(contacts.length).toBeGreaterThan(1500)
    for (const contact of contacts) {
      expect(contact.name).toMatch(/^[A-Z][a-z]+ Example$/)
      expect(contact.email).toMatch(/^[a-z]+\.example\.\d+\.\d+@example\.gov\.uk$/)
      expect(contact.phone).toMatch(/^01632 960\d{3}$/)
    }
    const facts = {
      gssCode: 'E06000001',
      name: 'Somewhere Council',
      type: 'unitary',
      nation: 'England',
      region: 'North East',
      population: 1000,
      ruralUrban: null,
    }
    for (const item of corpus.slice(0, 200)) {
      const document = JSON.stringify(toSearchDocument(item, facts, 0))
      for (const contact of item.content.contacts) {
        for (const detail of [contact.name, contact.email, contact.phone]) expect(document).not.toContain(detail)
      }
    }
  })
})
