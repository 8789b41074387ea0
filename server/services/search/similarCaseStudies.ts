import type { SearchDocument, SearchEngine, SearchRequest } from '../../search/searchTypes'

const SIMILAR = 5
const CANDIDATES = 60

const overlap = (a: string[], b: string[]) => {
  const set = new Set(a)
  return b.filter(value => set.has(value)).length
}

/**
 * How alike two case studies are, from their own themes, barriers, enablers, tags and title words.
 * Themes weigh most (the same service area), then barriers (the same problem in the way).
 */
export function similarity(a: SearchDocument, b: SearchDocument): number {
  return (
    3 * overlap(a.theme, b.theme) +
    2 * overlap(a.barrierCategory, b.barrierCategory) +
    overlap(a.enablerCategory, b.enablerCategory) +
    overlap(
      a.tags.map(tag => tag.toLowerCase()),
      b.tags.map(tag => tag.toLowerCase()),
    ) +
    overlap(a.searchTitle.split(' '), b.searchTitle.split(' ')) +
    (a.councilType && a.councilType === b.councilType ? 0.5 : 0)
  )
}

/**
 * Five case studies most like this one. Candidates come from the engine by facet filters (same
 * theme; same barrier category), most adapted first, and are ranked here, so every engine gives the
 * same answer: Meilisearch's own "similar documents" needs vector embeddings we do not keep.
 */
export async function similarCaseStudies(engine: SearchEngine, id: string): Promise<SearchDocument[]> {
  const [document] = await engine.get([id])
  if (!document) return []
  const base: Omit<SearchRequest, 'filters'> = {
    query: { terms: [], phrases: [] },
    excludeIds: [id],
    sort: 'adapted',
    offset: 0,
    limit: CANDIDATES,
    facets: false,
  }
  const [byTheme, byBarrier] = await Promise.all([
    document.theme.length ? engine.search({ ...base, filters: { theme: document.theme } }) : undefined,
    document.barrierCategory.length
      ? engine.search({ ...base, filters: { barrierCategory: document.barrierCategory } })
      : undefined,
  ])
  const candidates = new Map<string, SearchDocument>()
  for (const hit of [...(byTheme?.hits ?? []), ...(byBarrier?.hits ?? [])]) candidates.set(hit.id, hit)
  return [...candidates.values()]
    .map(candidate => ({ candidate, score: similarity(document, candidate) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.candidate.adaptedCount - a.candidate.adaptedCount ||
        b.candidate.publishedAt - a.candidate.publishedAt ||
        a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, SIMILAR)
    .map(({ candidate }) => candidate)
}
