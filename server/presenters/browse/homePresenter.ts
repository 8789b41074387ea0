import { FEATURED_COLLECTION } from '../../../models/collectionRules'
import type { CouncilData } from '../../data/councilRepository'
import { paths } from '../../paths'
import type { SearchDocument } from '../../search/searchTypes'
import type { CollectionItem } from '../../services/collections/collectionItems'
import type { CollectionSummary } from '../../services/collections/collectionReadService'
import { councilSlugs, documentCards } from './caseStudyCards'
import { presentCollectionLinks, presentItemCards } from './collectionPresenter'
import { presentThemeList } from './themePresenter'

/** The home page shows the start of the featured list and of the collections; each links to the rest. */
const FEATURED_SHOWN = 6
const COLLECTIONS_SHOWN = 5

type HomeData = {
  councilCount: number
  /** Undefined while the search index is rebuilt: the page shows without counts and the recent list. */
  overview: { total: number; newest: SearchDocument[]; themeCounts: Record<string, number> } | undefined
  featured: CollectionItem[]
  collections: CollectionSummary[]
  councils: CouncilData[]
}

export function presentHome({ councilCount, overview, featured, collections, councils }: HomeData) {
  return {
    councilCount,
    caseStudyCount: overview?.total,
    recent: documentCards(overview?.newest ?? [], councilSlugs(councils)),
    themes: presentThemeList(overview?.themeCounts),
    featured: presentItemCards(featured.slice(0, FEATURED_SHOWN)),
    allFeatured:
      featured.length > FEATURED_SHOWN
        ? {
            href: paths.collections.show(FEATURED_COLLECTION),
            text: `See all ${featured.length} featured case studies`,
          }
        : undefined,
    collections: presentCollectionLinks(collections.slice(0, COLLECTIONS_SHOWN)),
    allCollectionsHref: collections.length ? paths.collections.list() : undefined,
  }
}
