import { COUNCIL_TYPES, NATIONS } from '../../models/councilTypes'
import { QueryError, type FieldError } from '../errors/queryError'
import { MAX_QUERY_CHARS } from '../search/analyzer'
import { FACETS } from '../search/searchTypes'
import type { SearchParams } from '../services/search/searchRequests'
import { parseSearch } from './searchForm'

// The API is strict where the search page is forgiving: a program that sends a parameter we do
// not know, or a value we cannot use, gets a 400 naming it rather than results it did not ask for.

/** Pages beyond this are refused: 500 pages of 20 is 10,000 results, past what anyone reads. */
export const API_MAX_PAGE = 500
/** The longest value any parameter takes; a search's words past MAX_QUERY_CHARS are never used. */
export const MAX_VALUE_CHARS = MAX_QUERY_CHARS
export const SEARCH_SINGLE_PARAMS = ['q', 'sort', 'page', 'like', 'likeMode', 'likeBy', 'asTyped'] as const
export const COUNCIL_PARAMS = ['q', 'nation', 'region', 'type', 'page'] as const

// C0 and C1 control characters (tab and newline too): no parameter is typed with them.
const CONTROL_CHARACTERS = /\p{Cc}/u
const shortName = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name)

/** Problems with the query string's shape: unknown names, repeats, non-text, control characters, length. */
export function shapeProblems(
  query: Record<string, unknown>,
  single: readonly string[],
  repeatable: readonly string[] = [],
): FieldError[] {
  const problems: FieldError[] = []
  for (const [name, value] of Object.entries(query)) {
    const values: unknown[] = Array.isArray(value) ? value : [value]
    if (!single.includes(name) && !repeatable.includes(name)) {
      problems.push({ field: shortName(name), message: `${shortName(name)} is not a parameter of this endpoint` })
    } else if (single.includes(name) && values.length !== 1) {
      problems.push({ field: name, message: `Give ${name} once` })
    } else if (values.some(item => typeof item !== 'string')) {
      problems.push({ field: name, message: `${name} must be text` })
    } else if (values.some(item => CONTROL_CHARACTERS.test(item as string))) {
      problems.push({ field: name, message: `${name} must not contain control characters` })
    } else if (values.some(item => (item as string).length > MAX_VALUE_CHARS)) {
      problems.push({ field: name, message: `${name} must be ${MAX_VALUE_CHARS} characters or fewer` })
    }
  }
  return problems
}

const refuseAny = (problems: FieldError[]) => {
  if (problems.length) throw new QueryError(problems)
}

/** The search page's parameters, read by the page's own parser, with every problem refused. */
export function parseApiSearch(query: Record<string, unknown>): { params: SearchParams; likeSlug: string } {
  refuseAny(shapeProblems(query, SEARCH_SINGLE_PARAMS, FACETS))
  const { params, likeSlug, problems } = parseSearch(query, { maxPage: API_MAX_PAGE })
  // The page falls back on the officer's own council; the API knows no one, so it must be told.
  for (const field of ['likeMode', 'likeBy'] as const) {
    if (!likeSlug && query[field] !== undefined)
      problems.push({ field, message: `${field} needs like, the council to compare with` })
  }
  refuseAny(problems)
  return { params, likeSlug }
}

export type CouncilQuery = { q: string; nation: string; region: string; type: string; page: number }

/** The councils list's filters; regions are those the reference data holds. */
export function parseCouncilQuery(query: Record<string, unknown>, regions: readonly string[]): CouncilQuery {
  refuseAny(shapeProblems(query, COUNCIL_PARAMS))
  const text = (name: string) => (query[name] as string | undefined) ?? ''
  const parsed = { q: text('q').trim(), nation: text('nation'), region: text('region'), type: text('type'), page: 1 }
  const problems: FieldError[] = []
  if (parsed.nation && !(NATIONS as readonly string[]).includes(parsed.nation))
    problems.push({ field: 'nation', message: `Nation must be ${NATIONS.join(', ')}` })
  if (parsed.region && !regions.includes(parsed.region))
    problems.push({ field: 'region', message: 'Region must be one of the regions councils are in' })
  if (parsed.type && !Object.hasOwn(COUNCIL_TYPES, parsed.type))
    problems.push({ field: 'type', message: 'Type must be one of the council types' })
  const page = text('page')
  if (page) {
    if (/^\d+$/.test(page) && Number(page) >= 1 && Number(page) <= API_MAX_PAGE) parsed.page = Number(page)
    else problems.push({ field: 'page', message: `Page must be a whole number from 1 to ${API_MAX_PAGE}` })
  }
  refuseAny(problems)
  return parsed
}

/** Endpoints that take no parameters refuse any they are given. */
export function parseNoQuery(query: Record<string, unknown>): void {
  refuseAny(shapeProblems(query, []))
}
