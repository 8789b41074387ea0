import { FEATURED_COLLECTION } from '../../../models/collectionRules'
import { paths } from '../../paths'
import type { CollectionItem, ItemStatus } from '../../services/collections/collectionItems'
import type { CollectionSummary, CollectionView } from '../../services/collections/collectionReadService'
import { paragraphs } from '../caseStudyPresenter'
import { presentCard } from './caseStudyCards'

const STATUS_TAGS: Record<ItemStatus, { text: string; colour: string } | undefined> = {
  published: undefined,
  archived: { text: 'Archived: hidden from visitors', colour: 'grey' },
  unpublished: { text: 'Not published: hidden from visitors', colour: 'yellow' },
  missing: { text: 'Deleted: hidden from visitors', colour: 'red' },
}

const size = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'case study' : 'case studies'}`

export const presentCollectionLinks = (collections: CollectionSummary[]) =>
  collections.map(collection => ({
    text: collection.title,
    href: paths.collections.show(collection.slug),
    description: collection.description,
  }))

export const presentItemCards = (items: CollectionItem[]) => items.map(presentCard)

/** A collection as visitors see it: its published case studies in the curators' order. */
export function presentCollection({ collection, items }: CollectionView) {
  return {
    title: collection.title,
    description: paragraphs(collection.description),
    count: size(items.length),
    cards: presentItemCards(items),
  }
}

/** The curators' list: the featured list first, then each collection with its size. */
export const presentCuratorList = (collections: CollectionSummary[]) =>
  collections.map(collection => ({
    text: collection.title,
    href: paths.admin.collections.edit(collection.slug),
    hint: collection.featured ? 'Shown on the home page' : collection.description,
    size: size(collection.size),
  }))

/** One collection for curators: every case study it lists, with the buttons to reorder and remove it. */
export function presentCuratorCollection({ collection, items }: CollectionView) {
  const slug = collection._id
  return {
    slug,
    title: collection.title,
    description: collection.description,
    featured: slug === FEATURED_COLLECTION,
    publicHref: paths.collections.show(slug),
    detailsAction: paths.admin.collections.details(slug),
    addAction: paths.admin.collections.addCaseStudy(slug),
    deleteHref: paths.admin.collections.delete(slug),
    count: size(items.length),
    items: items.map((item, index) => ({
      id: item.id,
      position: index + 1,
      title: item.title,
      href: item.status === 'published' ? paths.caseStudies.show(item.slug) : undefined,
      councilName: item.councilName,
      status: STATUS_TAGS[item.status],
      moveAction: paths.admin.collections.move(slug, item.id),
      removeAction: paths.admin.collections.remove(slug, item.id),
      first: index === 0,
      last: index === items.length - 1,
    })),
  }
}
