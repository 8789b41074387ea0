import { THEMES, keysOf } from '../../../models/vocabulary'
import { COUNCIL_TYPES } from '../../../models/councilTypes'
import type { CouncilData } from '../../data/councilRepository'
import { paths } from '../../paths'
import type { FacetCounts } from '../../search/searchTypes'
import type { CouncilDirectory } from '../../services/browse/councilDirectory'
import { FACET_OPTIONS } from '../facetOptions'

type Counts = { total: number; facets: FacetCounts }

const councilType = (type: string) => ({
  code: type,
  label: COUNCIL_TYPES[type as keyof typeof COUNCIL_TYPES] ?? type,
})

/** What a list of councils shows of each: enough to choose one and follow its link. */
export const presentCouncilSummary = (council: CouncilData) => ({
  code: council.gssCode,
  slug: council.slug,
  name: council.name,
  type: councilType(council.type),
  nation: council.nation,
  region: council.region,
  links: { self: paths.api.council(council.gssCode) },
})

/** One page of councils, with links to the others carrying the same filters. */
export function presentCouncilList(
  result: CouncilDirectory,
  filters: Record<'q' | 'nation' | 'region' | 'type', string>,
  pageSize: number,
) {
  const at = (page: number) => {
    const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value))
    if (page > 1) query.set('page', String(page))
    const search = query.toString()
    return search ? `${paths.api.councils()}?${search}` : paths.api.councils()
  }
  return {
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    pageSize,
    items: result.councils.map(presentCouncilSummary),
    links: {
      self: at(result.page),
      first: at(1),
      last: at(result.pageCount),
      prev: result.page > 1 ? at(Math.min(result.page - 1, result.pageCount)) : null,
      next: result.page < result.pageCount ? at(result.page + 1) : null,
    },
  }
}

/** Facet counts as a list, in the facet's own order, leaving out values no case study has. */
const countsOf = (counts: Record<string, number>, order: string[], label: (code: string) => string) =>
  order.filter(code => counts[code]).map(code => ({ code, label: label(code), count: counts[code]! }))

/** A council's profile (reference data, public) and what it has published here. */
export function presentCouncil(council: CouncilData, published: Counts) {
  return {
    ...presentCouncilSummary(council),
    population: council.population ?? null,
    populationYear: council.populationYear ?? null,
    deprivationRank: council.deprivationRank ?? null,
    ruralUrban: council.ruralUrban ?? null,
    website: council.websiteDomain ? `https://${council.websiteDomain}` : null,
    similarCouncils: {
      global: council.neighbours?.global ?? [],
      economic: council.neighbours?.economic ?? [],
      demographic: council.neighbours?.demographic ?? [],
    },
    caseStudies: {
      published: published.total,
      themes: countsOf(published.facets.theme, keysOf(THEMES), FACET_OPTIONS.theme.label),
      stages: countsOf(published.facets.stage, FACET_OPTIONS.stage.order ?? [], FACET_OPTIONS.stage.label),
      evidenceLevels: countsOf(
        published.facets.evidenceLevel,
        FACET_OPTIONS.evidenceLevel.order ?? [],
        FACET_OPTIONS.evidenceLevel.label,
      ),
    },
  }
}
