import type { CouncilData } from '../data/councilRepository'
import { paths } from '../paths'
import { FACETS } from '../search/searchTypes'
import { readSavedSearch } from '../services/diffusion/savedSearchQuery'
import { FACET_OPTIONS } from './facetOptions'

export type SavedSearchDescription = { title: string; details: string[]; href: string }

/**
 * What a saved search looks for, in words: its query (or "All case studies") and each filter by
 * its label, read through the search form as the search itself is, so a filter no longer
 * recognised is not described.
 */
export function describeSavedSearch(
  query: string,
  councils: Pick<CouncilData, 'slug' | 'name'>[],
): SavedSearchDescription {
  const { params, likeSlug } = readSavedSearch(query)
  const text = params.text.trim()
  const details = FACETS.flatMap(facet => {
    const values = params.filters[facet] ?? []
    const { legend, label } = FACET_OPTIONS[facet]
    return values.length ? [`${legend}: ${values.map(label).join(', ')}`] : []
  })
  const like = likeSlug ? councils.find(council => council.slug === likeSlug) : undefined
  if (like && params.likeMode === 'filter') details.push(`Only councils like ${like.name}`)
  return {
    title: text ? `“${text.length > 80 ? `${text.slice(0, 80)}…` : text}”` : 'All case studies',
    details,
    href: query ? `${paths.caseStudies.list()}?${query}` : paths.caseStudies.list(),
  }
}
