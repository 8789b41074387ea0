import { type CaseStudyContent, BARRIER_CATEGORIES, ENABLER_CATEGORIES, THEMES, keysOf } from '../../models/vocabulary'
import { UPPER_TIER_COUNCIL_TYPES } from '../../models/councilTypes'
import { generateDemoCaseStudies, type DemoCaseStudy } from '../../server/demo/demoCatalogue'
import { areaName } from '../../server/services/caseStudies/slugs'
import { readCouncilReferenceData } from '../../server/services/referenceData/councilReferenceData'

// Every demo case study is what a newcomer reads first, so each is checked for what would make a
// reader stop believing it: repeated titles, figures that contradict each other, a place described
// as something it is not, a link to nowhere.

const councils = new Map(readCouncilReferenceData().map(council => [council.gssCode, council]))
const catalogue = generateDemoCaseStudies([...councils.values()])
const byKey = new Map(catalogue.map(item => [item.key, item]))
const councilOf = (item: DemoCaseStudy) => councils.get(item.councilCode)!
const originals = catalogue.filter(item => !item.adaptedFromKey)
const adaptations = catalogue.filter(item => item.adaptedFromKey)
/** Each case's name in a failure message. */
const named = (item: DemoCaseStudy, problem: string) => `${item.key}: ${problem}`

/** What the case says about itself: everything but contacts, and "what was changed", which compares two places. */
function ownWords(content: CaseStudyContent): string {
  const { contacts: _contacts, adaptedFrom: _adaptedFrom, ...rest } = content
  return JSON.stringify(rest)
}

/** "£38,000" → 38000, "£1.25 million" → 1250000. */
function poundsIn(text: string): number[] {
  return [...text.matchAll(/£([\d,]+(?:\.\d+)?)( million)?/g)].map(
    ([, figure, million]) => Number(figure!.replace(/,/g, '')) * (million ? 1_000_000 : 1),
  )
}

// The bands as the resources section offers them ("Total budget"), read as set-up plus a year's running costs.
const BAND_RANGES: Record<string, [number, number]> = {
  'under-10k': [0, 9_999],
  '10k-50k': [10_000, 50_000],
  '50k-250k': [50_000, 250_000],
  '250k-1m': [250_000, 1_000_000],
  'over-1m': [1_000_000, Infinity],
}

// Words that place a council in the countryside, and words that place it in a city. A council the
// reference data calls Urban must not describe villages and farms; a Rural one must not describe
// tower blocks. ("Urban with rural areas" may use both.)
const RURAL_WORDING =
  /\b(villages?|rural|hamlets?|farms?|farmland|farmers?|farming|countryside|market towns?|fells|moors)\b/i
const URBAN_WORDING =
  /\b(inner[- ]city|inner London|city centre|tower blocks?|high[- ]rise|densely (populated|built)|urban|metropolitan)\b/i

describe('the demo catalogue', () => {
  it('has at least 60 programmes and 20 adaptations, from councils in every nation, on every theme', () => {
    expect(originals.length).toBeGreaterThanOrEqual(60)
    expect(adaptations.length).toBeGreaterThanOrEqual(20)
    const themes = new Set(catalogue.flatMap(item => item.content.themes))
    expect([...themes].filter(theme => !(theme in THEMES))).toEqual([])
    expect(keysOf(THEMES).filter(theme => !themes.has(theme))).toEqual([])
    expect(new Set(catalogue.map(item => councilOf(item).nation))).toEqual(
      new Set(['England', 'Wales', 'Scotland', 'Northern Ireland']),
    )
    expect(new Set(catalogue.map(item => item.councilCode)).size).toBeGreaterThanOrEqual(60)
    expect(new Set(catalogue.map(item => councilOf(item).type)).size).toBeGreaterThanOrEqual(8)
  })

  it('gives every case study its own title, also after ignoring case and punctuation', () => {
    const normalised = catalogue.map(item =>
      item.content.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim(),
    )
    const repeated = normalised.filter((title, index) => normalised.indexOf(title) !== index)
    expect(repeated).toEqual([])
  })

  it('puts each programme with a council that runs that kind of service', () => {
    const upperTierThemes = ['adult-social-care', 'childrens-services', 'education-send']
    const misplaced = catalogue
      .filter(item => item.content.themes.some(theme => upperTierThemes.includes(theme)))
      .filter(item => !UPPER_TIER_COUNCIL_TYPES.has(councilOf(item).type))
      .map(item => named(item, councilOf(item).type))
    expect(misplaced).toEqual([])
  })

  it('states costs that fall within the budget band', () => {
    const wrong = catalogue.flatMap(item => {
      const { budgetBand, oneOffCost, recurringCost } = item.content.resources
      const [low, high] = BAND_RANGES[budgetBand] ?? [NaN, NaN]
      if (recurringCost && !/ a year\b/.test(recurringCost)) return [named(item, `"${recurringCost}" gives no period`)]
      const total = [...poundsIn(oneOffCost), ...poundsIn(recurringCost)].reduce((sum, amount) => sum + amount, 0)
      return total >= low && total <= high ? [] : [named(item, `£${total} is not ${budgetBand}`)]
    })
    expect(wrong).toEqual([])
  })

  it('never gives a second, different set-up cost in its prose', () => {
    const contradicting = catalogue.flatMap(item => {
      const { oneOffCost, ...rest } = item.content.resources
      const prose = ownWords({ ...item.content, resources: { ...rest, oneOffCost: '' } })
      const stated = poundsIn(oneOffCost)[0]
      return [...prose.matchAll(/(set-up|setup|start-up|one-off)[^.£"]{0,40}(£[\d,.]+( million)?)/gi)]
        .map(match => poundsIn(match[2]!)[0])
        .filter(amount => amount !== stated)
        .map(amount => named(item, `set-up cost £${amount} against ${oneOffCost}`))
    })
    expect(contradicting).toEqual([])
  })

  it('writes full-time equivalent posts in the singular only for exactly one', () => {
    const wrong = catalogue.flatMap(item =>
      [...ownWords(item.content).matchAll(/\b(\d+(?:\.\d+)?) full-time equivalent (posts?)\b/g)]
        .filter(([, count, noun]) => (Number(count) === 1) !== (noun === 'post'))
        .map(([phrase]) => named(item, phrase)),
    )
    expect(wrong).toEqual([])
    for (const item of catalogue)
      expect(item.content.resources.staffTime).toMatch(/^\d+(\.\d+)? full-time equivalent posts?: /)
  })

  it('describes each place in words that fit its rural or urban class', () => {
    const wordingToAvoid: Record<string, RegExp> = {
      Urban: RURAL_WORDING,
      Rural: URBAN_WORDING,
      'Sparse and rural': URBAN_WORDING,
    }
    const wrong = catalogue.flatMap(item => {
      const { ruralUrban } = councilOf(item)
      const found = wordingToAvoid[ruralUrban ?? '']?.exec(ownWords(item.content))
      return found ? [named(item, `"${found[0]}" for a council classed ${ruralUrban}`)] : []
    })
    expect(wrong).toEqual([])
  })

  it('claims no more people or households than the council has', () => {
    const tooMany = catalogue.flatMap(item => {
      const population = councilOf(item).population ?? 0
      const text = `${item.content.summary} ${item.content.outcomes}`
      return [...text.matchAll(/(£)?\b(\d[\d,]*(?:\.\d+)?)\b( million)?\s*(\w+)?/g)].flatMap(
        ([phrase, money, figure, million, next]) => {
          const value = Number(figure!.replace(/,/g, ''))
          const isYear = /^(19|20)\d\d$/.test(figure!)
          if (money || million || isYear) return []
          const limit = /^(households|homes|families|properties)$/.test(next ?? '') ? population / 2 : population
          return value > limit ? [named(item, `"${phrase.trim()}" in a council of ${population}`)] : []
        },
      )
    })
    expect(tooMany).toEqual([])
  })

  it('links to nothing outside the service, and gives only invented contacts', () => {
    for (const item of catalogue) {
      const { contacts, ...rest } = item.content
      expect(JSON.stringify(rest)).not.toMatch(/https?:|www\.|\.(com|org|gov\.uk|co\.uk)\b/i)
      expect(item.content.evaluations).toEqual([])
      expect(item.content.documents).toEqual([])
      expect(item.content.adaptedFrom.externalUrl).toBe('')
      for (const contact of contacts) {
        expect(contact.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example$/)
        expect(contact.phone).toMatch(/^01632 960\d{3}$/)
      }
    }
  })

  it('uses only known barrier and enabler categories', () => {
    for (const { content } of catalogue) {
      for (const { category } of content.barriers) expect(Object.keys(BARRIER_CATEGORIES)).toContain(category)
      for (const { category } of content.enablers) expect(Object.keys(ENABLER_CATEGORIES)).toContain(category)
    }
  })

  it('adapts programmes of other councils, saying whose and what changed, after the original', () => {
    const wrong = adaptations.flatMap(item => {
      const original = byKey.get(item.adaptedFromKey!)
      if (!original) return [named(item, `adapts unknown ${item.adaptedFromKey}`)]
      const problems = [
        original.councilCode === item.councilCode && 'adapts its own council’s programme',
        item.content.adaptedFrom.whatChanged.length < 100 && 'says too little about what changed',
        !item.content.summary.includes(areaName(original.councilName)) &&
          `summary does not name ${original.councilName}`,
        item.content.startDate <= original.content.startDate && 'started before the original',
        item.publishedDaysAgo >= original.publishedDaysAgo && 'published before the original',
      ]
      return problems.filter(Boolean).map(problem => named(item, problem as string))
    })
    expect(wrong).toEqual([])
    for (const item of originals) expect(item.content.adaptedFrom.whatChanged).toBe('')
  })

  it('gives dates that make sense: an ended programme ended after it started', () => {
    for (const { content } of catalogue) {
      expect(content.startDate).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/)
      if (content.stage === 'ended') expect(content.endDate > content.startDate).toBe(true)
      else expect(content.endDate).toBe('')
    }
  })
})
