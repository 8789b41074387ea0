import type { CouncilData } from '../../data/councilRepository'

export const COUNCILS_PER_PAGE = 25

/** What the councils index filters by; every value already checked against what can exist. */
export type CouncilFilters = { name: string; nations: string[]; regions: string[]; types: string[]; page: number }

export type CouncilDirectory = {
  councils: CouncilData[]
  total: number
  page: number
  pageCount: number
  /** Every region the reference data has, for the filter. */
  regions: string[]
}

/** Lower case, accents and punctuation gone: "St Helens" is found by "st. helens", "Brighton & Hove" by "brighton and hove". */
export const foldName = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/**
 * The councils matching the filters, by name, one page of them. Every word typed must appear in
 * the name (so "leeds council" finds Leeds City Council); values of one filter are alternatives,
 * different filters all apply, as on the search page. Councils are few (about 400) and cached by
 * the council service, so this filters in memory.
 */
export function filterCouncils(
  all: CouncilData[],
  filters: CouncilFilters,
  pageSize = COUNCILS_PER_PAGE,
): CouncilDirectory {
  const words = foldName(filters.name).split(' ').filter(Boolean)
  const oneOf = (chosen: string[], value: string) => chosen.length === 0 || chosen.includes(value)
  const matching = all.filter(council => {
    const name = foldName(council.name)
    return (
      words.every(word => name.includes(word)) &&
      oneOf(filters.nations, council.nation) &&
      oneOf(filters.regions, council.region) &&
      oneOf(filters.types, council.type)
    )
  })
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize))
  const start = (filters.page - 1) * pageSize
  return {
    councils: matching.slice(start, start + pageSize),
    total: matching.length,
    page: filters.page,
    pageCount,
    regions: regionsOf(all),
  }
}

/** Every region the councils are in, in order. */
export const regionsOf = (all: CouncilData[]) =>
  [...new Set(all.map(council => council.region))].sort((a, b) => a.localeCompare(b, 'en-GB'))
