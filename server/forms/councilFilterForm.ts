import { COUNCIL_TYPES, NATIONS } from '../../models/councilTypes'
import type { CouncilFilters } from '../services/browse/councilDirectory'
import { cleanText } from './fields'

const MAX_NAME_LENGTH = 100
const MAX_VALUES = 20
const REGION = /^[\p{L} ,'-]{1,60}$/u

const first = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : ''
const all = (value: unknown): string[] =>
  [...new Set((Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string'))]
    .filter(Boolean)
    .slice(0, MAX_VALUES)

/**
 * Reads the councils index's query string. Like the search page, it never fails: a value that
 * cannot exist is left out and the page says so, so a mangled link still lists councils.
 */
export function parseCouncilFilters(query: Record<string, unknown>): { filters: CouncilFilters; notices: string[] } {
  const notices: string[] = []
  const known = (values: string[], isKnown: (value: string) => boolean, what: string) => {
    const kept = values.filter(isKnown)
    if (kept.length < values.length) notices.push(`Some ${what} filters were not recognised and were left out`)
    return kept
  }
  const pageText = first(query.page)
  const page = Number(pageText)
  const validPage = Number.isInteger(page) && page >= 1 && page <= 10_000
  if (pageText && !validPage) notices.push('That page number was not recognised, so this is the first page')
  return {
    filters: {
      name: cleanText(first(query.q)).replace(/\s+/g, ' ').slice(0, MAX_NAME_LENGTH),
      nations: known(all(query.nation), value => (NATIONS as readonly string[]).includes(value), 'nation'),
      regions: known(all(query.region), value => REGION.test(value), 'region'),
      types: known(all(query.type), value => Object.hasOwn(COUNCIL_TYPES, value), 'council type'),
      page: validPage ? page : 1,
    },
    notices,
  }
}
