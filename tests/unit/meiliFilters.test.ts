import {
  MATCHES_NOTHING,
  idsFilter,
  pageWindow,
  quoteFilterValue,
  searchFilter,
  sortFor,
} from '../../server/search/meili/meiliFilters'
import { queryString } from '../../server/search/meili/meiliQuery'
import type { SearchRequest } from '../../server/search/searchTypes'

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: { terms: [], phrases: [] },
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 20,
  facets: false,
  ...overrides,
})

/**
 * Reads one double-quoted value the way Meilisearch's filter parser does
 * (crates/filter-parser/src/value.rs): a backslash makes the next character part of the value, an
 * unescaped quote ends it; then `\"` becomes `"` and the remaining escapes (`\\`) are decoded.
 */
function parseQuoted(expression: string): { value: string; rest: string } {
  if (!expression.startsWith('"')) throw new Error('not quoted')
  let index = 1
  while (index < expression.length && expression[index] !== '"') index += expression[index] === '\\' ? 2 : 1
  if (index >= expression.length) throw new Error('unterminated')
  const raw = expression.slice(1, index).replaceAll('\\"', '"')
  return { value: raw.replace(/\\(.)/gs, '$1'), rest: expression.slice(index + 1) }
}

describe('Meilisearch filter values', () => {
  const hostile = [
    'plain',
    '',
    'say "hello"',
    'back\\slash',
    'ends with a backslash\\',
    '\\"',
    '\\\\"',
    '" OR id EXISTS OR x = "',
    "it's ] [ ( ) = != AND OR NOT",
    'line\nbreak\ttab',
    'émoji 🏠 and ñ',
  ]

  it.each(hostile)('keeps %j one value, whatever it holds', value => {
    const quoted = quoteFilterValue(value)
    expect(parseQuoted(quoted)).toEqual({ value, rest: '' })
  })

  it('escapes backslashes before quotes', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"')
  })
})

describe('searchFilter', () => {
  it('filters nothing for a plain request', () => {
    expect(searchFilter(request())).toEqual([])
  })

  it('ORs values within a facet and ANDs facets, leaving out empty lists and unlisted keys', () => {
    const filters = { theme: ['housing', 'care'], nation: ['wales'], stage: [] }
    expect(searchFilter(request({ filters }))).toEqual(['theme IN ["housing", "care"]', 'nation IN ["wales"]'])
  })

  it("leaves out one facet's own filter for its counts", () => {
    const filters = { theme: ['housing'], nation: ['wales'] }
    expect(searchFilter(request({ filters }), 'theme')).toEqual(['nation IN ["wales"]'])
  })

  it('matches nothing for a facet filtered only by blank values, as blank values are never indexed', () => {
    expect(searchFilter(request({ filters: { region: [''] } }))).toEqual([MATCHES_NOTHING])
    expect(searchFilter(request({ filters: { region: ['', 'london', 'london'] } }))).toEqual(['region IN ["london"]'])
  })

  it('limits to councils, matching nothing for an empty list and using IS EMPTY for a blank code', () => {
    expect(searchFilter(request({ councils: ['E06000001'] }))).toEqual(['councilCode IN ["E06000001"]'])
    expect(searchFilter(request({ councils: [] }))).toEqual([MATCHES_NOTHING])
    expect(searchFilter(request({ councils: ['E1', ''] }))).toEqual(['(councilCode IN ["E1"] OR councilCode IS EMPTY)'])
  })

  it('excludes councils and ids', () => {
    expect(searchFilter(request({ excludeCouncils: ['E1', ''], excludeIds: ['a1', 'b2'] }))).toEqual([
      'councilCode NOT IN ["E1"]',
      'councilCode IS NOT EMPTY',
      'id NOT IN ["a1", "b2"]',
    ])
  })

  it('limits to adaptations of one case study', () => {
    expect(searchFilter(request({ adaptedFromId: 'abc' }))).toEqual(['adaptedFromId IN ["abc"]'])
    expect(searchFilter(request({ adaptedFromId: '' }))).toEqual(['adaptedFromId IS EMPTY'])
  })

  it('quotes hostile values everywhere', () => {
    const evil = '"] OR id EXISTS OR id IN ["'
    const conditions = searchFilter(
      request({ filters: { theme: [evil] }, councils: [evil], excludeIds: [evil], adaptedFromId: evil }),
    )
    const quoted = quoteFilterValue(evil)
    expect(conditions).toEqual([
      `theme IN [${quoted}]`,
      `councilCode IN [${quoted}]`,
      `id NOT IN [${quoted}]`,
      `adaptedFromId IN [${quoted}]`,
    ])
  })

  it('fetches documents by id', () => {
    expect(idsFilter(['a', 'b'])).toBe('id IN ["a", "b"]')
  })
})

describe('queryString', () => {
  it('puts quoted phrases first, then the words rarest first', () => {
    const frequency = (term: string) => ({ hous: 900, care: 40, lone: 3 })[term] ?? 0
    expect(queryString({ terms: ['hous', 'care', 'lone'], phrases: [['adult', 'social', 'care']] }, frequency)).toBe(
      '"adult social care" lone care hous',
    )
  })

  it('keeps query order between words equally rare, and sends at most 10 words', () => {
    const terms = Array.from({ length: 14 }, (_, at) => `w${at}`)
    expect(queryString({ terms, phrases: [] })).toBe(terms.slice(0, 10).join(' '))
  })

  it('is empty for an empty query', () => {
    expect(queryString({ terms: [], phrases: [] })).toBe('')
  })

  it('turns anything but letters and digits into spaces, so no term becomes syntax', () => {
    expect(queryString({ terms: ['-exclud', 'a"b', '"', 's106'], phrases: [['x"', 'y']] })).toBe(
      '"x y" exclud "a b" s106',
    )
  })
})

describe('sortFor', () => {
  it('keeps the ranking rules for relevance, and sorts newest first when there are no words', () => {
    const words = { terms: ['hous'], phrases: [] }
    expect(sortFor(request({ query: words }))).toBeUndefined()
    expect(sortFor(request())).toEqual(['publishedAt:desc', 'id:asc'])
  })

  it('sorts by the chosen field, then newest, then id', () => {
    expect(sortFor(request({ sort: 'newest' }))).toEqual(['publishedAt:desc', 'id:asc'])
    expect(sortFor(request({ sort: 'adapted' }))).toEqual(['adaptedCount:desc', 'publishedAt:desc', 'id:asc'])
    expect(sortFor(request({ sort: 'updated' }))).toEqual(['updatedAt:desc', 'publishedAt:desc', 'id:asc'])
  })
})

describe('pageWindow', () => {
  it('asks for the page itself when the offset is a multiple of the limit', () => {
    expect(pageWindow(40, 20)).toEqual({ page: 3, hitsPerPage: 20, skip: 0 })
    expect(pageWindow(0, 20)).toEqual({ page: 1, hitsPerPage: 20, skip: 0 })
  })

  it('counts without hits for a limit of 0', () => {
    expect(pageWindow(10, 0)).toEqual({ page: 1, hitsPerPage: 0, skip: 0 })
  })

  it('covers any offset and limit with one page', () => {
    for (let offset = 0; offset < 60; offset++) {
      for (let limit = 1; limit < 25; limit++) {
        const { page, hitsPerPage, skip } = pageWindow(offset, limit)
        expect((page - 1) * hitsPerPage + skip).toBe(offset)
        expect(skip + limit).toBeLessThanOrEqual(hitsPerPage)
      }
    }
  })
})
