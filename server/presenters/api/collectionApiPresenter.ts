import { THEMES } from '../../../models/vocabulary'
import { paths } from '../../paths'
import type { CollectionItem } from '../../services/collections/collectionItems'
import type { CollectionSummary } from '../../services/collections/collectionReadService'
import { coded } from './caseStudyApiPresenter'

// Collections as other tools read them, in the shapes the rest of the API uses: the curated order
// is the point, so case studies come in the collection's own order, and only published ones (the
// read service has dropped the rest).

const presentItem = (item: CollectionItem) => ({
  slug: item.slug,
  title: item.title,
  summary: item.summary,
  council: { code: item.councilCode, name: item.councilName, links: { self: paths.api.council(item.councilCode) } },
  themes: item.themes.flatMap(code => coded(THEMES, code) ?? []),
  links: { self: paths.api.caseStudy(item.slug), html: paths.caseStudies.show(item.slug) },
})

const presentSummary = (collection: CollectionSummary) => ({
  slug: collection.slug,
  title: collection.title,
  description: collection.description,
  featured: collection.featured,
  links: { self: paths.api.collection(collection.slug), html: paths.collections.show(collection.slug) },
})

/** Every public collection, the featured list first, each with its case studies in order. */
export function presentCollectionList(collections: { summary: CollectionSummary; items: CollectionItem[] }[]) {
  return {
    items: collections.map(({ summary, items }) => ({
      ...presentSummary(summary),
      caseStudies: items.map(presentItem),
    })),
  }
}

/** One collection with its case studies in order. */
export function presentCollection(summary: CollectionSummary, items: CollectionItem[]) {
  return { ...presentSummary(summary), caseStudies: items.map(presentItem) }
}
