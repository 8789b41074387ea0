import { analyseQuery, analyseText, MAX_QUERY_TERMS, terms } from '../../server/search/analyzer'
import { matchExpression, synonymIndex } from '../../server/search/embedded/matchExpression'
import { Vocabulary } from '../../server/search/embedded/vocabulary'
import { highlight } from '../../server/search/highlight'
import type { SearchDocument } from '../../server/search/searchTypes'
import { analyseSynonyms, DEFAULT_SYNONYMS } from '../../server/search/synonyms'
import { typoDistance, typosAllowed } from '../../server/search/typos'

describe('analysis', () => {
  it('lower-cases, folds accents, drops stop words and possessives, and stems', () => {
    expect(terms("The Children's Café and housing for Homeless people")).toEqual([
      'children',
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
      truncated: false,
    })
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

describe('the embedded match expression', () => {
  const vocabulary = new Vocabulary()
  for (const word of ['discharg', 'dischar', 'hous', 'special', 'educ', 'need', 'send']) vocabulary.add(word)
  const synonyms = synonymIndex(analyseSynonyms(DEFAULT_SYNONYMS))

  it('adds indexed words within the allowed typos', () => {
    const expression = matchExpression(analyseQuery('dischareg'), vocabulary, synonyms)
    expect(expression).toMatch(/^\("dischareg" OR "[a-z]+" OR "[a-z]+"\)$/)
    expect(expression).toContain('"discharg"')
    expect(expression).toContain('"dischar"')
    // Four letters allow no typo: "hous" does not reach "house" or "hose".
    expect(matchExpression(analyseQuery('hosing'), vocabulary, synonyms)).toBe('"hose"')
  })

  it('lets a synonym stand for a run of words, and the words for the synonym', () => {
    expect(matchExpression(analyseQuery('SEND'), vocabulary, synonyms)).toContain('"special educ need disabl"')
    const expression = matchExpression(analyseQuery('special educational needs transport'), vocabulary, synonyms)
    expect(expression).toContain('"send"')
    expect(expression).toMatch(/\("special" AND "educ" AND "need"\)/)
    expect(expression).toMatch(/AND "transport"$/)
  })

  it('quotes phrases as phrases', () => {
    expect(matchExpression(analyseQuery('"hospital discharge"'), vocabulary, synonyms)).toBe('"hospit discharg"')
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
})
