import { FACET_LEGENDS } from '../../../models/vocabulary'
import { COUNCIL_TYPES, NATIONS } from '../../../models/councilTypes'
import { paths } from '../../paths'
import type { CouncilDirectory, CouncilFilters } from '../../services/browse/councilDirectory'
import { govukPagination } from '../pagination'

/** The councils index's address for these filters: every link keeps the whole choice. */
export function councilsUrl(filters: CouncilFilters): string {
  const query = new URLSearchParams()
  if (filters.name) query.append('q', filters.name)
  for (const nation of filters.nations) query.append('nation', nation)
  for (const region of filters.regions) query.append('region', region)
  for (const type of filters.types) query.append('type', type)
  if (filters.page > 1) query.append('page', String(filters.page))
  const search = query.toString()
  return search ? `${paths.councils.list()}?${search}` : paths.councils.list()
}

const items = (values: [value: string, text: string][], chosen: string[]) =>
  values.map(([value, text]) => ({ value, text, checked: chosen.includes(value) }))

/** The councils index: the filter form (open where something is chosen), one page of councils. */
export function presentCouncilDirectory(filters: CouncilFilters, directory: CouncilDirectory, notices: string[]) {
  const typeLabel = (type: string) => COUNCIL_TYPES[type as keyof typeof COUNCIL_TYPES] ?? type
  const groups = [
    {
      name: 'nation',
      legend: FACET_LEGENDS.nation,
      chosen: filters.nations,
      values: NATIONS.map(n => [n, n] as [string, string]),
    },
    {
      name: 'region',
      legend: FACET_LEGENDS.region,
      chosen: filters.regions,
      values: directory.regions.map(region => [region, region] as [string, string]),
    },
    {
      name: 'type',
      legend: FACET_LEGENDS.councilType,
      chosen: filters.types,
      values: Object.entries(COUNCIL_TYPES) as [string, string][],
    },
  ]
  const filtered = Boolean(filters.name || filters.nations.length || filters.regions.length || filters.types.length)
  return {
    name: filters.name,
    notices,
    groups: groups.map(group => ({
      name: group.name,
      legend: group.legend,
      selectedCount: group.chosen.length,
      items: items(group.values, group.chosen),
    })),
    resultCount: `${directory.total.toLocaleString('en-GB')} ${directory.total === 1 ? 'council' : 'councils'}`,
    clearHref: filtered ? paths.councils.list() : undefined,
    rows: directory.councils.map(council => ({
      name: council.name,
      href: paths.councils.show(council.slug),
      type: typeLabel(council.type),
      place: council.region === council.nation ? council.nation : `${council.region}, ${council.nation}`,
    })),
    pagination: govukPagination(filters.page, directory.pageCount, page => councilsUrl({ ...filters, page })),
    beyondLastPage: directory.total > 0 && filters.page > directory.pageCount,
    firstPageHref: councilsUrl({ ...filters, page: 1 }),
  }
}
