import type { SearchDocument, SearchEngine, SearchRequest } from '../../search/searchTypes'
import { browse, PAGE_SIZE } from './searchRequests'

/** One page of published case studies, newest first. */
export type BrowsePage = { total: number; page: number; pageCount: number; hits: SearchDocument[] }

export type Adaptation = { adaptation: SearchDocument; original: SearchDocument | undefined }

/**
 * How many of one council's case studies are read to find those it adapted from others: more
 * than any council publishes (the largest generated corpus gives a council about 30).
 */
const COUNCIL_READ_LIMIT = 500

const emptyPage = (page: number): BrowsePage => ({ total: 0, page, pageCount: 1, hits: [] })

/**
 * The browse pages' reads (themes, councils, the home page), all from the search index, which
 * holds exactly the published, unarchived case studies: counts come from its facets and lists
 * from its filters, so no page scans the catalogue in MongoDB.
 */
export function createBrowseService({ engine, ready }: { engine: SearchEngine; ready: () => Promise<void> }) {
  async function newestPage(request: Partial<SearchRequest>, page: number, limit = PAGE_SIZE): Promise<BrowsePage> {
    await ready()
    const { total, hits } = await engine.search({ ...browse(), ...request, offset: (page - 1) * limit, limit })
    return { total, page, pageCount: Math.max(1, Math.ceil(total / limit)), hits }
  }

  return {
    /** How many case studies are published, the newest few, and how many each theme has. */
    async overview(
      newest: number,
    ): Promise<{ total: number; newest: SearchDocument[]; themeCounts: Record<string, number> }> {
      await ready()
      const { total, hits, facets } = await engine.search({ ...browse(), limit: newest, facets: true })
      return { total, newest: hits, themeCounts: facets?.theme ?? {} }
    },

    byTheme: (theme: string, page: number) => newestPage({ filters: { theme: [theme] } }, page),

    /** Case studies led by any of these councils; none asked, none found (an empty list is no filter to an engine). */
    byCouncils: (codes: string[], page: number, limit = PAGE_SIZE) =>
      codes.length ? newestPage({ councils: codes }, page, limit) : Promise.resolve(emptyPage(page)),

    /** The council's case studies that say they were adapted from another, each with that original if still published. */
    async adaptationsBy(councilCode: string): Promise<Adaptation[]> {
      await ready()
      const { hits } = await engine.search({ ...browse(), councils: [councilCode], limit: COUNCIL_READ_LIMIT })
      const adaptations = hits.filter(hit => hit.adaptedFromId)
      if (!adaptations.length) return []
      const originals = await engine.get([...new Set(adaptations.map(hit => hit.adaptedFromId))])
      const byId = new Map(originals.map(original => [original.id, original]))
      return adaptations.map(adaptation => ({ adaptation, original: byId.get(adaptation.adaptedFromId) }))
    },
  }
}

export type BrowseService = ReturnType<typeof createBrowseService>
