import { EVIDENCE_LEVELS, STAGES, THEMES } from '../../../models/vocabulary'
import { paths } from '../../paths'
import { FACETS } from '../../search/searchTypes'
import { PAGE_SIZE } from '../../services/search/searchRequests'
import type { SearchResults } from '../../services/search/searchService'
import { FACET_OPTIONS, orderedValues } from '../facetOptions'
import { searchUrl, type SearchState } from '../searchUrl'
import { coded } from './caseStudyApiPresenter'

type Hit = SearchResults['hits'][number]

function item({ document, highlights, likeMine }: Hit) {
  return {
    id: document.id,
    slug: document.slug,
    title: document.title,
    summary: document.summary,
    // Runs of text, those that matched the query marked: a client highlights them its own way.
    snippet: highlights.snippet,
    council: {
      code: document.councilCode,
      name: document.councilName,
      links: { self: paths.api.council(document.councilCode) },
    },
    themes: document.theme.flatMap(theme => coded(THEMES, theme) ?? []),
    evidenceLevel: coded(EVIDENCE_LEVELS, document.evidenceLevel),
    stage: coded(STAGES, document.stage),
    adaptedCount: document.adaptedCount,
    publishedAt: new Date(document.publishedAt).toISOString(),
    updatedAt: new Date(document.updatedAt).toISOString(),
    likeMine,
    links: { self: paths.api.caseStudy(document.slug), html: paths.caseStudies.show(document.slug) },
  }
}

/** Every facet's values with their counts, as the search page offers them, keyed by facet. */
function facets(state: SearchState, results: SearchResults) {
  return Object.fromEntries(
    FACETS.map(facet => {
      const counts = results.facets[facet]
      const selected = state.filters[facet] ?? []
      const values = orderedValues(facet, [...new Set([...Object.keys(counts), ...selected])])
      return [
        facet,
        {
          label: FACET_OPTIONS[facet].legend,
          values: values.map(code => ({
            code,
            label: FACET_OPTIONS[facet].label(code),
            count: counts[code] ?? 0,
            selected: selected.includes(code),
          })),
        },
      ]
    }),
  )
}

/** A search's results as the API gives them: the same search as the page, with links to its other pages. */
export function presentSearchForApi(state: SearchState, results: SearchResults) {
  const at = (page: number) => searchUrl({ ...state, page }, paths.api.caseStudies())
  const { pageCount } = results
  return {
    total: results.total,
    page: state.page,
    pageCount,
    pageSize: PAGE_SIZE,
    query: {
      q: state.text,
      filters: Object.fromEntries(
        FACETS.flatMap(facet => (state.filters[facet] ? [[facet, state.filters[facet]]] : [])),
      ),
      sort: state.sort,
      like: state.likeSlug || null,
      likeMode: (state.likeSlug && state.likeMode) || null,
      likeBy: state.likeBy,
      asTyped: Boolean(state.asTyped),
    },
    items: results.hits.map(item),
    facets: facets(state, results),
    suggestion: results.suggestion ?? null,
    correctedFrom: results.correctedFrom ?? null,
    truncated: results.truncated,
    likeCouncil: results.likeCouncil
      ? {
          code: results.likeCouncil.gssCode,
          name: results.likeCouncil.name,
          neighbours: results.neighbours.map(neighbour => ({ code: neighbour.gssCode, name: neighbour.name })),
        }
      : null,
    links: {
      self: at(state.page),
      first: at(1),
      last: at(pageCount),
      prev: state.page > 1 ? at(Math.min(state.page - 1, pageCount)) : null,
      next: state.page < pageCount ? at(state.page + 1) : null,
      html: searchUrl(state),
    },
  }
}
