import { stemWord, terms, words } from '../../server/search/analyzer'
import { analysedKey } from '../../server/search/lexicon/derivedForms'
import { ONE_WAY_EXPANSIONS } from '../../server/search/lexicon/oneWayExpansions'
import { ABBREVIATION_GROUPS, SEEDED_SYNONYMS, WORDING_GROUPS } from '../../server/search/lexicon/synonymGroups'
import { analyseSynonyms, MAX_SYNONYM_GROUPS, MAX_TERMS_PER_GROUP } from '../../server/search/synonyms'

// Two analysers: today's, and today's with the lexicon's derived forms (as the engine will run
// once they are wired in), which can bring more entries together ("absence"/"absent").
const analysers = {
  today: (text: string) => terms(text),
  withDerivedForms: (text: string) =>
    words(text)
      .filter(word => terms(word).length > 0)
      .map(word => (word.length <= 3 || /\d/.test(word) ? word : analysedKey(word, stemWord))),
}
const analysed = (text: string, analyser: (text: string) => string[] = terms) => analyser(text).join(' ')

/** A single token of capitals (at least two), digits and ampersands, as written: SEND, S106, DoLS, A&E. */
const isAbbreviation = (entry: string) =>
  /^[A-Za-z0-9&]{2,8}$/.test(entry) && (entry.replace(/[^A-Z0-9&]/g, '').length >= 2 || /\d/.test(entry))

const isStrictSubset = (a: Set<string>, b: Set<string>) => a.size < b.size && [...a].every(term => b.has(term))

describe('seeded two-way synonyms', () => {
  it('has at least 80 everyday-to-sector wording groups as well as the abbreviations, each with a reason', () => {
    expect(WORDING_GROUPS.length).toBeGreaterThanOrEqual(80)
    expect(ABBREVIATION_GROUPS.length).toBeGreaterThanOrEqual(27)
    expect(SEEDED_SYNONYMS.length).toBeLessThanOrEqual(MAX_SYNONYM_GROUPS)
    for (const { reason } of SEEDED_SYNONYMS) expect(reason.trim().length).toBeGreaterThan(10)
  })

  it('pairs everyday words in each wording group, not only an abbreviation with its expansion', () => {
    for (const { terms: entries } of WORDING_GROUPS) {
      expect(entries.filter(entry => !isAbbreviation(entry)).length).toBeGreaterThanOrEqual(2)
    }
  })

  it('keeps every group once analysed, within the size an admin may keep', () => {
    const groups = SEEDED_SYNONYMS.map(group => group.terms)
    for (const entries of groups) expect(entries.length).toBeLessThanOrEqual(MAX_TERMS_PER_GROUP)
    expect(analyseSynonyms(groups)).toHaveLength(groups.length)
  })

  it.each(Object.entries(analysers))(
    'puts no analysed entry in two groups (%s), which would chain them',
    (_, analyser) => {
      const owner = new Map<string, string>()
      const shared: string[] = []
      for (const group of SEEDED_SYNONYMS) {
        for (const entry of new Set(group.terms.map(term => analysed(term, analyser)))) {
          const first = owner.get(entry)
          if (first !== undefined) shared.push(`"${entry}" in "${first}" and "${group.terms[0]}"`)
          owner.set(entry, group.terms[0] ?? '')
        }
      }
      expect(shared).toEqual([])
    },
  )

  // The part-whole heuristic: within a group, an entry whose analysed words all appear in another
  // entry with more words names a part of it or a narrower thing ("special educational needs"
  // inside "special educational needs and disabilities"). Abbreviations are exempt: they stand
  // for their expansion.
  it('pairs no part with its whole within a group', () => {
    const flagged: string[] = []
    for (const { terms: entries } of SEEDED_SYNONYMS) {
      const full = entries.filter(entry => !isAbbreviation(entry)).map(entry => ({ entry, set: new Set(terms(entry)) }))
      for (const a of full) {
        for (const b of full) if (isStrictSubset(a.set, b.set)) flagged.push(`"${a.entry}" inside "${b.entry}"`)
      }
    }
    expect(flagged).toEqual([])
  })

  it('catches a part-whole pair, an abbreviation-only group and a chaining entry', () => {
    expect(isStrictSubset(new Set(terms('recycling centre')), new Set(terms('household waste recycling centre')))).toBe(
      true,
    )
    expect(isStrictSubset(new Set(terms('IT skills')), new Set(terms('digital skills')))).toBe(true)
    expect(['SEND', 'S106', 'DoLS', 'A&E', 'SENDCo', 'EV'].every(isAbbreviation)).toBe(true)
    expect(['the tip', 'potholes', 'Send', 'PD rights'].some(isAbbreviation)).toBe(false)
  })

  it('no longer pairs homelessness with rough sleeping, nor net zero with decarbonisation', () => {
    const together = (a: string, b: string) =>
      SEEDED_SYNONYMS.some(group => group.terms.includes(a) && group.terms.includes(b))
    expect(together('homelessness', 'rough sleeping')).toBe(false)
    expect(together('net zero', 'decarbonisation')).toBe(false)
    expect(together('SEND', 'special educational needs')).toBe(false)
  })
})

describe('one-way expansions', () => {
  const groupOf = new Map(
    SEEDED_SYNONYMS.flatMap((group, index) => group.terms.map(term => [analysed(term), index] as const)),
  )

  it('has at least 20, each with targets and a reason', () => {
    expect(ONE_WAY_EXPANSIONS.length).toBeGreaterThanOrEqual(20)
    for (const { to, reason } of ONE_WAY_EXPANSIONS) {
      expect(to.length).toBeGreaterThan(0)
      expect(reason.trim().length).toBeGreaterThan(10)
    }
  })

  it('expands each source once', () => {
    const sources = ONE_WAY_EXPANSIONS.map(({ from }) => analysed(from))
    expect(new Set(sources).size).toBe(sources.length)
  })

  it('expands only to terms the source does not already find by its own words, nor joins in a group', () => {
    const flagged: string[] = []
    for (const { from, to } of ONE_WAY_EXPANSIONS) {
      const source = new Set(terms(from))
      for (const target of to) {
        const targetTerms = new Set(terms(target))
        if ([...source].every(term => targetTerms.has(term))) flagged.push(`${from} -> ${target}: already found`)
        const fromGroup = groupOf.get(analysed(from))
        if (fromGroup !== undefined && fromGroup === groupOf.get(analysed(target))) {
          flagged.push(`${from} -> ${target}: a two-way group already joins them`)
        }
      }
    }
    expect(flagged).toEqual([])
  })
})
