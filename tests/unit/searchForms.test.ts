import { MAX_PAGE, parseSearch } from '../../server/forms/searchForm'
import { formatSynonyms, parseSynonyms } from '../../server/forms/synonymsForm'

// The search query string never fails a search: what cannot be used is left out with a notice.
// The synonyms form reports line-numbered problems and keeps the lines it could read.

describe('parseSearch', () => {
  it('reads a whole search', () => {
    const parsed = parseSearch(
      {
        q: 'falls',
        theme: ['housing', 'climate'],
        sort: 'newest',
        page: '3',
        like: 'leeds',
        likeMode: 'filter',
        likeBy: 'economic',
        asTyped: '1',
      },
      { likeCouncil: 'E08000035' },
    )
    expect(parsed).toEqual({
      params: {
        text: 'falls',
        filters: { theme: ['housing', 'climate'] },
        sort: 'newest',
        page: 3,
        likeCouncil: 'E08000035',
        likeMode: 'filter',
        likeBy: 'economic',
        asTyped: true,
      },
      likeSlug: 'leeds',
      notices: [],
      problems: [],
    })
  })

  it('gives the defaults for an empty query', () => {
    expect(parseSearch({}).params).toEqual({
      text: '',
      filters: {},
      sort: 'relevance',
      page: 1,
      likeCouncil: undefined,
      likeMode: undefined,
      likeBy: 'global',
      asTyped: false,
    })
  })

  it('leaves out filter values that cannot exist, repeats, and more than 30 values, and says so', () => {
    const parsed = parseSearch({
      theme: ['housing', 'housing', 'made-up'],
      yearPublished: '1999',
      region: 'North East',
    })
    expect(parsed.params.filters).toEqual({ theme: ['housing'], region: ['North East'] })
    expect(parsed.notices).toEqual([
      'Some theme filters were not recognised and were left out',
      'Some year published filters were not recognised and were left out',
    ])
    const many = parseSearch({ region: Array.from({ length: 40 }, (_, i) => `Region ${String.fromCharCode(65 + i)}`) })
    expect(many.params.filters.region).toHaveLength(30)
  })

  it.each([
    [{ sort: 'cheapest' }, 'That sort order was not recognised, so results are sorted by relevance'],
    [{ page: '0' }, 'That page number was not recognised, so this is the first page'],
    [{ page: '2.5' }, 'That page number was not recognised, so this is the first page'],
    [{ page: String(MAX_PAGE + 1) }, 'That page number was not recognised, so this is the first page'],
  ])('%j → "%s"', (query, notice) => {
    const parsed = parseSearch(query)
    expect(parsed.notices).toEqual([notice])
    expect(parsed.params).toMatchObject({ sort: 'relevance', page: 1 })
  })

  it('takes the first of repeated single values and ignores non-strings', () => {
    expect(parseSearch({ q: ['first', 'second'], likeBy: { $ne: 1 }, likeMode: 'everything' }).params).toMatchObject({
      text: 'first',
      likeBy: 'global',
      likeMode: undefined,
    })
  })
})

describe('parseSynonyms', () => {
  it('reads groups and one-way lines, skipping blank lines and cleaning each', () => {
    const { vocabulary, problems } = parseSynonyms(
      'SEND,  special  educational needs\n\n homelessness => rough sleeping, sofa surfing\u200b \r\n',
    )
    expect(problems).toEqual([])
    expect(vocabulary).toEqual({
      groups: [['SEND', 'special educational needs']],
      oneWay: [{ from: 'homelessness', to: ['rough sleeping', 'sofa surfing'] }],
    })
    expect(formatSynonyms(vocabulary)).toBe(
      'SEND, special educational needs\nhomelessness => rough sleeping, sofa surfing',
    )
  })

  it.each([
    ['a => b => c', 'Line 2: use => once at most'],
    ['a, b => c', 'Line 2: enter one term before =>, and the terms it also finds after it'],
    ['lonely', 'Line 2: enter at least 2 terms separated by commas'],
    [Array.from({ length: 11 }, (_, i) => `term${i}`).join(', '), 'Line 2: enter 10 terms or fewer'],
    [`short, ${'x'.repeat(81)}`, 'Line 2: each term must be 80 characters or fewer'],
    ['and, the', 'Line 2: the terms must be different words, not only words like "and" or "the"'],
  ])('%j → "%s", keeping the good line', (line, problem) => {
    const { vocabulary, problems } = parseSynonyms(`ASB, antisocial behaviour\n${line}`)
    expect(problems).toEqual([{ line: 2, text: problem }])
    expect(vocabulary.groups).toEqual([['ASB', 'antisocial behaviour']])
  })

  it('refuses more than 500 lines as a whole', () => {
    const text = Array.from({ length: 501 }, (_, i) => `word${i}a, word${i}b`).join('\n')
    expect(parseSynonyms(text).problems).toEqual([{ line: 0, text: 'Enter 500 lines or fewer' }])
  })
})
