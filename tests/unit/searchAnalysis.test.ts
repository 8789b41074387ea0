import { analyseQuery, analyseText, MAX_QUERY_TERMS, terms } from '../../server/search/analyzer'
import { planQuery } from '../../server/search/embedded/queryPlan'
import { synonymIndex } from '../../server/search/embedded/synonymIndex'
import { TextIndex } from '../../server/search/embedded/textIndex'
import { highlight } from '../../server/search/highlight'
import type { SearchDocument } from '../../server/search/searchTypes'
import { analyseVocabulary, DEFAULT_SYNONYMS } from '../../server/search/synonyms'
import { typoDistance, typosAllowed } from '../../server/search/typos'

describe('analysis', () => {
  it('lower-cases, folds accents, drops stop words and possessives, and stems', () => {
    expect(terms("The Children's Café and housing for Homeless people")).toEqual([
      'child',
      'cafe',
      'hous',
      'homeless',
      'peopl',
    ])
    expect(analyseText('Houses', 'housed')).toBe('hous hous')
  })

  it('keeps acronyms and words with digits as they are', () => {
    expect(terms('S106 money for SEND and ASC in 2024')).toEqual(['s106', 'money', 'send', 'asc', '2024'])
  })

  it('reads quoted phrases and treats engine syntax as punctuation', () => {
    expect(analyseQuery('"hospital discharge" NEAR (care*) -home OR title:x')).toEqual({
      terms: ['near', 'care', 'home', 'titl', 'x'],
      phrases: [['hospit', 'discharg']],
      written: { terms: ['near', 'care', 'home', 'title', 'x'], phrases: [['hospital', 'discharge']] },
      truncated: false,
    })
  })

  it('drops question and filler words from queries, never the words that say what is wanted', () => {
    expect(analyseQuery('How do councils help lonely older people make friends?').terms).toEqual([
      'help',
      'lone',
      'older',
      'peopl',
      'make',
      'friend',
    ])
    expect(analyseQuery('is there anything on special educational needs').terms).toEqual(['special', 'educ', 'need'])
    expect(analyseQuery('ways councils are tackling fly-tipping').terms).toEqual(['fly', 'tip'])
    expect(analyseQuery('best value inspection').terms).toEqual(['best', 'valu', 'inspect'])
    // Inside quotes every word counts.
    expect(analyseQuery('"how councils work"').phrases).toEqual([['how', 'council', 'work']])
  })

  it(`uses only the first ${MAX_QUERY_TERMS} words of a long query and says so`, () => {
    const query = analyseQuery('housing '.repeat(2_000))
    expect(query.terms).toHaveLength(MAX_QUERY_TERMS)
    expect(query.truncated).toBe(true)
  })
})

describe('typo tolerance', () => {
  it('allows one typo from 5 letters and two from 9', () => {
    expect([typosAllowed('care'), typosAllowed('adult'), typosAllowed('partnersh'), typosAllowed('s1066')]).toEqual([
      0, 1, 2, 0,
    ])
  })

  it('counts insertions, deletions, substitutions and swaps as one typo each', () => {
    expect(typoDistance('discharg', 'dicharg', 2)).toBe(1)
    expect(typoDistance('discharg', 'discharge', 2)).toBe(1)
    expect(typoDistance('discharg', 'dischxrg', 2)).toBe(1)
    expect(typoDistance('discharg', 'dischrag', 2)).toBe(1)
    expect(typoDistance('discharg', 'abcdefgh', 2)).toBe(3)
  })
})

describe('the embedded query plan', () => {
  const index = new TextIndex(1)
  const texts = [
    'discharg hospit',
    'dischar delay',
    'special educ need disabl transport',
    'send transport',
    'child minder villag',
    'wellb cafe',
    'fall prevent',
    'fail prevent',
  ]
  for (const text of texts)
    index.add(
      [text],
      new Map([
        ['discharge', 'discharg'],
        ['minder', 'minder'],
        ['wellbeing', 'wellb'],
      ]),
    )
  const synonyms = synonymIndex(analyseVocabulary(DEFAULT_SYNONYMS))
  const termsOf = (query: string) =>
    planQuery(analyseQuery(query), index, synonyms).concepts.map(concept =>
      concept.alternatives.map(alternative => alternative.slots.map(slot => slot.map(id => index.terms[id])).join(' ')),
    )

  it('corrects a word the index does not hold, within the typos its length allows', () => {
    expect(termsOf('dischareg')).toEqual([['discharg', 'dischar']])
    // Four letters allow no typo.
    expect(termsOf('hosp')).toEqual([])
  })

  it('names the words it could match in no form, as written', () => {
    const plan = planQuery(analyseQuery('Hosp dischareg qqqqqq'), index, synonyms)
    expect(plan.unmatched).toEqual(['hosp', 'qqqqqq'])
    expect(plan.misspelt).toEqual(['hosp', 'dischareg', 'qqqqqq'])
    expect(plan.concepts).toHaveLength(1)
    const found = planQuery(analyseQuery('well being childminder falls'), index, synonyms)
    expect(found.unmatched).toEqual([])
    expect(found.misspelt).toEqual([])
  })

  it('takes a word the index holds as meant: "falls" is never widened to "fails"', () => {
    expect(termsOf('falls')).toEqual([['fall']])
  })

  it('lets a synonym stand for a run of words, and the words for the synonym', () => {
    expect(termsOf('SEND')[0]).toContain('special educ need disabl')
    const plan = termsOf('special educational needs and disabilities transport')
    expect(plan[0]).toEqual(['special', 'send'])
    expect(plan[4]).toEqual(['transport'])
  })

  it('joins neighbouring words and splits joined ones', () => {
    expect(termsOf('well being')).toEqual([['wellb'], ['wellb']])
    expect(termsOf('childminder')).toEqual([['child minder']])
  })

  it('keeps a quoted phrase as one required concept', () => {
    const [phrase] = planQuery(analyseQuery('"hospital discharge"'), index, synonyms).concepts
    expect(phrase?.required).toBe(true)
    expect(phrase?.alternatives.map(alternative => alternative.slots.length)).toEqual([2])
  })
})

describe('highlighting', () => {
  const document = {
    title: 'Housing first for rough sleepers',
    summary: 'A small team found homes for people who had slept rough for years.',
    whatTheyDid: 'We leased flats.',
    problem: '',
    outcomes: '',
    lessons: '',
  } as SearchDocument

  it('marks stems and near spellings of the query in the title and the best snippet, keeping every character', () => {
    const { title, snippet } = highlight(document, ['hous', 'sleeper', 'rough'])
    expect(title).toEqual([
      { text: 'Housing', match: true },
      { text: ' first for ', match: false },
      { text: 'rough', match: true },
      { text: ' ', match: false },
      { text: 'sleepers', match: true },
    ])
    expect(snippet.map(segment => segment.text).join('')).toBe(document.summary)
    expect(snippet.filter(segment => segment.match).map(segment => segment.text)).toEqual(['rough'])
  })

  it('shows the run of 32 words with the most matches from a long field, marked as cut on each side', () => {
    const filler = (from: number, count: number) => Array.from({ length: count }, (_, at) => `w${from + at}`)
    const long = [...filler(0, 50), 'rough', ...filler(51, 10), 'sleepers', 'rough', ...filler(63, 60)].join(', ')
    const { snippet } = highlight({ ...document, summary: long, whatTheyDid: '' }, ['rough', 'sleeper'])
    const text = snippet.map(segment => segment.text).join('')
    expect(text.startsWith('… w46, w47, w48, w49, rough, w51')).toBe(true)
    expect(text.endsWith('w77 …')).toBe(true)
    expect(text.match(/[\p{L}\p{N}]+/gu)).toHaveLength(32)
    expect(snippet.filter(segment => segment.match).map(segment => segment.text)).toEqual([
      'rough',
      'sleepers',
      'rough',
    ])
  })

  it('falls back to a later field when the summary holds no match', () => {
    const { snippet } = highlight(
      { ...document, summary: 'Nothing here.', whatTheyDid: 'We found flats for sleepers.' },
      ['sleeper'],
    )
    expect(snippet.map(segment => segment.text).join('')).toBe('We found flats for sleepers.')
  })
})
