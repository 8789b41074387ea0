import { EVIDENCE_LEVELS, SORT_LABELS, STAGES, THEMES, labelOf } from '../../models/vocabulary'
import type { CouncilData } from '../data/councilRepository'
import { councilLink, councilSlugs, themeLinks } from './browse/caseStudyCards'
import { paths } from '../paths'
import { FACETS, type FacetName } from '../search/searchTypes'
import type { SearchResults } from '../services/search/searchService'
import { FACET_OPTIONS, orderedValues } from './facetOptions'
import { formatDate } from './formatDate'
import { govukPagination } from './pagination'
import { searchUrl, type SearchState } from './searchUrl'

// The same list object for as long as the councils list is the same (the council service keeps
// it for a minute), so the page's select renders its ~400 options once per change, not per page.
const councilItemsOf = new WeakMap<CouncilData[], { value: string; text: string }[]>()
function councilItems(councils: CouncilData[]) {
  let items = councilItemsOf.get(councils)
  if (!items) {
    items = [
      { value: '', text: 'Choose a council' },
      ...councils.map(council => ({ value: council.slug, text: council.name })),
    ]
    councilItemsOf.set(councils, items)
  }
  return items
}

const SORT_ITEMS = Object.entries(SORT_LABELS).map(([value, text]) => ({ value, text }))
const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`

function facetGroups(state: SearchState, results: SearchResults) {
  return FACETS.map((facet: FacetName) => {
    const options = FACET_OPTIONS[facet]
    const counts = results.facets[facet]
    const selected = state.filters[facet] ?? []
    const values = orderedValues(facet, [...new Set([...Object.keys(counts), ...selected])])
    return {
      name: facet,
      legend: options.legend,
      open: selected.length > 0,
      selectedCount: selected.length,
      items: values.map(value => ({
        value,
        text: `${options.label(value)} (${(counts[value] ?? 0).toLocaleString('en-GB')})`,
        checked: selected.includes(value),
      })),
    }
  }).filter(group => group.items.length > 0)
}

/** A tag per selected filter, each linking to this search without it. */
function selectedFilters(state: SearchState) {
  return FACETS.flatMap(facet =>
    (state.filters[facet] ?? []).map(value => ({
      legend: FACET_OPTIONS[facet].legend,
      text: FACET_OPTIONS[facet].label(value),
      href: searchUrl({
        ...state,
        page: 1,
        filters: { ...state.filters, [facet]: state.filters[facet]!.filter(other => other !== value) },
      }),
    })),
  )
}

const pagination = (state: SearchState, pageCount: number) =>
  govukPagination(state.page, pageCount, page => searchUrl({ ...state, page }))

export function presentSearch(state: SearchState, results: SearchResults, councils: CouncilData[], notices: string[]) {
  const filters = selectedFilters(state)
  const slugOf = councilSlugs(councils)
  const beyondLastPage = results.total > 0 && state.page > results.pageCount
  return {
    state,
    resultCount: plural(results.total, 'case study', 'case studies'),
    total: results.total,
    hits: results.hits.map(({ document, highlights, likeMine }) => ({
      href: paths.caseStudies.show(document.slug),
      title: highlights.title,
      snippet: highlights.snippet,
      councilName: document.councilName,
      council: councilLink(document.councilName, slugOf(document.councilCode)),
      themes: document.theme.map(theme => labelOf(THEMES, theme)).join(', '),
      themeLinks: themeLinks(document.theme),
      evidence: labelOf(EVIDENCE_LEVELS, document.evidenceLevel),
      stage: labelOf(STAGES, document.stage),
      adaptations: document.adaptedCount ? plural(document.adaptedCount, 'council', 'councils') : 'not yet',
      published: formatDate(document.publishedAt),
      likeMine: likeMine && Boolean(results.likeCouncil),
    })),
    facetGroups: facetGroups(state, results),
    selectedFilters: filters,
    clearFiltersHref: filters.length ? searchUrl({ ...state, filters: {}, page: 1 }) : undefined,
    sortItems: SORT_ITEMS,
    pagination: pagination(state, results.pageCount),
    beyondLastPage: beyondLastPage
      ? { pageCount: results.pageCount, href: searchUrl({ ...state, page: results.pageCount }) }
      : undefined,
    suggestion: results.suggestion && {
      text: results.suggestion,
      href: searchUrl({ ...state, text: results.suggestion, asTyped: false, page: 1 }),
    },
    correction: results.correctedFrom
      ? {
          showing: results.suggestion,
          original: results.correctedFrom,
          originalHref: searchUrl({ ...state, text: results.correctedFrom, asTyped: true, page: 1 }),
        }
      : undefined,
    notices: results.truncated ? [...notices, 'Your search was long, so only its first words were used'] : notices,
    likeCouncil: results.likeCouncil && {
      name: results.likeCouncil.name,
      neighbours: results.neighbours.map(neighbour => neighbour.name),
    },
    councilItems: councilItems(councils),
    methodHref: paths.councilsLikeMine(),
  }
}

export type SearchPage = ReturnType<typeof presentSearch>
