import { FACETS, type FacetName, type SearchDocument } from '../searchTypes'

/**
 * A search document as Meilisearch holds it. Blank facet values ('' or '' inside a list) are left
 * out, because the embedded engine never counts or matches them, and kept aside in `blankFacets`
 * so that get() and all() give back exactly the document that was upserted.
 */
export type MeiliDocument = Omit<SearchDocument, FacetName> &
  Partial<Pick<SearchDocument, FacetName>> & { blankFacets?: Partial<Pick<SearchDocument, FacetName>> }

/** The field that keeps blank facet values; listed nowhere in the index settings, so never searched or counted. */
export const BLANK_FACETS_FIELD = 'blankFacets'

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  const stored: Record<string, unknown> = { ...document }
  const blanks: Record<string, string | string[]> = {}
  for (const facet of FACETS) {
    const value = document[facet]
    if (Array.isArray(value)) {
      if (!value.includes('')) continue
      blanks[facet] = value
      stored[facet] = value.filter(Boolean)
    } else if (value === '') {
      blanks[facet] = value
      delete stored[facet]
    }
  }
  if (Object.keys(blanks).length > 0) stored[BLANK_FACETS_FIELD] = blanks
  return stored as MeiliDocument
}

export function fromMeiliDocument(stored: MeiliDocument): SearchDocument {
  const { blankFacets, ...document } = stored
  return { ...document, ...blankFacets } as SearchDocument
}

// Meilisearch accepts only these ids (a-z, A-Z, 0-9, - and _, at most 511 bytes). An id outside
// them cannot be in the index, so get() and remove() skip it rather than send it.
const MEILI_ID = /^[A-Za-z0-9_-]{1,511}$/
export const isMeiliId = (id: string): boolean => MEILI_ID.test(id)

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size))
  return result
}
