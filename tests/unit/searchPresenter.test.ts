import { THEMES, labelOf } from '../../models/vocabulary'
import { presentSearch } from '../../server/presenters/searchPresenter'
import { searchUrl, type SearchState } from '../../server/presenters/searchUrl'
import { toSearchDocument } from '../../server/search/searchDocument'
import { emptyFacetCounts } from '../../server/search/searchTypes'
import type { SearchResults } from '../../server/services/search/searchService'
import { AT, buildContent, buildCouncil } from '../factories/records'

// The search page's view model and its URLs: every link carries the whole search, defaults left out.

const STATE: SearchState = {
  text: 'falls',
  filters: {},
  sort: 'relevance',
  page: 1,
  likeMode: undefined,
  likeBy: 'global',
  asTyped: false,
  likeSlug: '',
}
const leeds = buildCouncil({ name: 'Leeds City Council', slug: 'leeds' })

function results(overrides: Partial<SearchResults> = {}): SearchResults {
  const document = toSearchDocument(
    {
      id: 'cs1',
      slug: 'falls-prevention',
      content: buildContent(),
      evidenceLevel: '2',
      firstPublishedAt: AT,
      publishedAt: AT,
    },
    { ...leeds, population: 812_000, ruralUrban: 'Urban' },
    3,
  )
  const title = [{ text: 'Falls', match: true }]
  return {
    total: 1,
    page: 1,
    pageCount: 1,
    hits: [{ document, highlights: { title, snippet: [] }, likeMine: true }],
    facets: { ...emptyFacetCounts(), theme: { housing: 4, 'adult-social-care': 9 } },
    suggestion: undefined,
    correctedFrom: undefined,
    truncated: false,
    likeCouncil: undefined,
    neighbours: [],
    ...overrides,
  }
}

describe('searchUrl', () => {
  it('leaves defaults out and keeps everything else', () => {
    expect(searchUrl({ ...STATE, text: ' ' })).toBe('/case-studies')
    expect(
      searchUrl({
        ...STATE,
        filters: { theme: ['housing', 'climate'] },
        sort: 'newest',
        page: 2,
        likeSlug: 'leeds',
        likeMode: 'boost',
        likeBy: 'economic',
        asTyped: true,
      }),
    ).toBe(
      '/case-studies?q=falls&theme=housing&theme=climate&like=leeds&likeMode=boost&likeBy=economic&sort=newest&page=2&asTyped=1',
    )
    expect(searchUrl({ ...STATE, likeMode: 'filter' })).toBe('/case-studies?q=falls')
  })
})

describe('presentSearch', () => {
  it('shows each hit with its council, labels, adaptations and date', () => {
    const page = presentSearch(STATE, results(), [leeds], [])
    expect(page.resultCount).toBe('1 case study')
    expect(page.hits).toEqual([
      expect.objectContaining({
        href: '/case-studies/falls-prevention',
        councilName: 'Leeds City Council',
        themes: labelOf(THEMES, 'adult-social-care'),
        adaptations: '3 councils',
        published: '14 March 2025',
        likeMine: false, // no council chosen, so nothing is "like mine"
      }),
    ])
    expect(page.councilItems).toEqual([
      { value: '', text: 'Choose a council' },
      { value: 'leeds', text: 'Leeds City Council' },
    ])
  })

  it('lists facet values in the list order with counts, keeping a selected value that found nothing', () => {
    const state = { ...STATE, filters: { theme: ['climate'] } }
    const theme = presentSearch(state, results(), [], []).facetGroups.find(group => group.name === 'theme')
    expect(theme).toMatchObject({ open: true, selectedCount: 1 })
    expect(theme?.items.map(item => [item.value, item.checked])).toEqual([
      ['adult-social-care', false],
      ['housing', false],
      ['climate', true],
    ])
    expect(theme?.items[0]?.text).toBe(`${labelOf(THEMES, 'adult-social-care')} (9)`)
  })

  it('links each selected filter to the search without it, back on page 1', () => {
    const state = { ...STATE, page: 3, filters: { theme: ['housing', 'climate'] } }
    const page = presentSearch(state, results({ total: 80, pageCount: 4 }), [], [])
    expect(page.selectedFilters.map(tag => tag.href)).toEqual([
      '/case-studies?q=falls&theme=climate',
      '/case-studies?q=falls&theme=housing',
    ])
    expect(page.clearFiltersHref).toBe('/case-studies?q=falls')
    expect(page.beyondLastPage).toBeUndefined()
  })

  it('offers the last page past the end, a spelling suggestion, and says when a long query was cut', () => {
    const page = presentSearch(
      { ...STATE, page: 9 },
      results({ total: 30, pageCount: 2, suggestion: 'fall', truncated: true }),
      [],
      ['A notice'],
    )
    expect(page.beyondLastPage).toEqual({ pageCount: 2, href: '/case-studies?q=falls&page=2' })
    expect(page.suggestion).toEqual({ text: 'fall', href: '/case-studies?q=fall' })
    expect(page.notices).toEqual(['A notice', 'Your search was long, so only its first words were used'])
  })

  it('shows what was searched instead of a misspelling, with a link to search it as typed', () => {
    const page = presentSearch(STATE, results({ suggestion: 'falls', correctedFrom: 'flals' }), [], [])
    expect(page.correction).toEqual({
      showing: 'falls',
      original: 'flals',
      originalHref: '/case-studies?q=flals&asTyped=1',
    })
  })
})
