import stem from 'wink-porter2-stemmer'
import {
  analysedKey,
  britishSpelling,
  canonicalStem,
  DERIVED_FORMS,
  PROTECTED_WORDS,
} from '../../server/search/lexicon/derivedForms'

// Porter2 as the analyser applies it before the lexicon's own steps (short words and words with
// digits kept as they are): what the lexicon corrects.
const stemWord = (word: string) => (word.length <= 3 || /\d/.test(word) ? word : stem(word))

// The lexicon's key over bare Porter2, as the analyser computes it (analyzer.ts stemWord); the
// analyser's own results are checked in searchAnalysis.test.ts and the engine contract.
const key = (word: string) => analysedKey(word, stemWord)

describe('British spelling', () => {
  it.each([
    ['organization', 'organisation'],
    ['organizations', 'organisations'],
    ['organizational', 'organisational'],
    ['prioritize', 'prioritise'],
    ['prioritized', 'prioritised'],
    ['emphasizing', 'emphasising'],
    ['analyze', 'analyse'],
    ['analyzed', 'analysed'],
    ['paralyzing', 'paralysing'],
    ['behavior', 'behaviour'],
    ['behavioral', 'behavioural'],
    ['neighborhood', 'neighbourhood'],
    ['favorite', 'favourite'],
    ['labor', 'labour'],
    ['center', 'centre'],
    ['centers', 'centres'],
    ['defense', 'defence'],
    ['aging', 'ageing'],
    ['judgment', 'judgement'],
    ['enrollment', 'enrolment'],
    ['counselor', 'counsellor'],
    ['pediatric', 'paediatric'],
    ['mold', 'mould'],
  ])('respells %s as %s, and both analyse alike', (american, british) => {
    expect(britishSpelling(american)).toBe(british)
    expect(key(american)).toBe(key(british))
  })

  it.each([
    'size',
    'sizes',
    'oversized',
    'downsizing',
    'capsized',
    'seize',
    'seized',
    'prize',
    'prizes',
    'maize',
    'citizen',
    'citizens',
    'honorary',
    'laborious',
    'humorous',
    'colorectal',
    'laboratory',
    'meter',
    'license',
    'program',
    'sector',
    'doctor',
    'motor',
  ])('leaves %s as it is', word => {
    expect(britishSpelling(word)).toBe(word)
  })

  it('keeps organisation apart from organ, which Porter2 reaches from the American spelling', () => {
    expect(stemWord('organization')).toBe(stemWord('organ'))
    expect(key('organization')).not.toBe(key('organ'))
  })
})

describe('derived forms', () => {
  it('covers at least 60 families, each mapping a stem onto another that maps nowhere', () => {
    expect(DERIVED_FORMS.length).toBeGreaterThanOrEqual(60)
    const sources = new Set(DERIVED_FORMS.map(entry => entry.from))
    expect(sources.size).toBe(DERIVED_FORMS.length)
    for (const entry of DERIVED_FORMS) {
      expect(sources.has(entry.to)).toBe(false)
      expect(entry.from).not.toBe(entry.to)
    }
  })

  it.each(DERIVED_FORMS.map(entry => [entry.from, entry.to, entry.words] as const))(
    '%s -> %s: Porter2 gives both stems and the words then share one key',
    (from, to, words) => {
      const stems = words.map(word => stemWord(britishSpelling(word)))
      expect(stems).toContain(from)
      expect(stems).toContain(to)
      expect(new Set(words.map(key))).toEqual(new Set([to]))
    },
  )

  it('leaves stems outside the list as they are', () => {
    expect(canonicalStem('hous')).toBe('hous')
    expect(canonicalStem('decid')).toBe('decid')
  })
})

describe('protected words', () => {
  it.each(PROTECTED_WORDS.map(entry => [entry.stem, entry.words] as const))(
    '%s: Porter2 would merge these words with another; the key keeps them on their own',
    (stem, words) => {
      for (const word of words) expect(key(word)).toBe(stem)
    },
  )

  it('protects only words Porter2 really merges with something else', () => {
    const merged: Record<string, string> = {
      university: 'universe',
      universal: 'universe',
      authority: 'author',
      hospitality: 'hospital',
      informal: 'information',
      transition: 'transit',
      exclusive: 'exclusion',
      organic: 'organ',
      international: 'intern',
      internal: 'intern',
      publicity: 'public',
      incidence: 'incident',
      officer: 'office',
      allowance: 'allow',
      marketing: 'market',
      experiment: 'experience',
      minority: 'minor',
      majority: 'major',
    }
    expect(Object.keys(merged).sort()).toEqual(PROTECTED_WORDS.map(entry => entry.words[0]).sort())
    for (const [word, other] of Object.entries(merged)) {
      expect(stemWord(word)).toBe(stemWord(other))
      expect(key(word)).not.toBe(key(other))
    }
  })
})

describe('words that must stay apart', () => {
  // Different things in a council, however alike they look; no spelling, derived form or
  // protection may bring them together. Each pair was checked against today's analyser too.
  it.each([
    ['policy', 'police'],
    ['care', 'career'],
    ['care', 'carer'],
    ['council', 'counsel'],
    ['general', 'generate'],
    ['organ', 'organisation'],
    ['universe', 'university'],
    ['university', 'universal'],
    ['exclusive', 'exclusion'],
    ['fall', 'fail'],
    ['permit', 'permission'],
    ['commit', 'commission'],
    ['include', 'inclusion'],
    ['heal', 'health'],
    ['device', 'devise'],
    ['enquiry', 'inquiry'],
    ['incident', 'incidence'],
    ['transit', 'transition'],
    ['proper', 'property'],
    ['author', 'authority'],
    ['hospital', 'hospitality'],
    ['traffic', 'trafficking'],
    ['academy', 'academic'],
    ['public', 'publicity'],
    ['departure', 'department'],
    ['home', 'homeless'],
    ['neighbour', 'neighbourhood'],
    ['product', 'produce'],
    ['poor', 'poverty'],
    ['grieve', 'grievance'],
    ['surgery', 'surgical'],
    ['market', 'marketing'],
    ['receive', 'reception'],
    ['allow', 'allowance'],
    ['special', 'specialist'],
    ['work', 'worker'],
    ['use', 'user'],
    ['close', 'closure'],
    ['clear', 'clearance'],
    ['resident', 'residential'],
    ['volunteer', 'voluntary'],
    ['partner', 'partnership'],
    ['nurse', 'nursery'],
    ['information', 'informal'],
    ['intern', 'international'],
    ['office', 'officer'],
    ['experience', 'experiment'],
    ['meter', 'metre'],
  ])('%s / %s', (a, b) => {
    expect(key(a)).not.toBe(key(b))
  })
})

describe('words that are names of JavaScript object properties', () => {
  it('are words like any other', () => {
    for (const word of ['constructor', 'tostring', 'hasownproperty', 'valueof', 'prototype', '__proto__'])
      expect(britishSpelling(word)).toBe(word)
  })
})
