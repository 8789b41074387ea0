import { FEATURED_COLLECTION } from '../../../models/collectionRules'
import type { CollectionData, CollectionRepository } from '../../data/collectionRepository'
import { NotFoundError } from '../../errors/httpError'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { CollectionItem, CollectionItemReader } from './collectionItems'

export const FEATURED_TITLE = 'Featured case studies'

export type CollectionSummary = { slug: string; title: string; description: string; size: number; featured: boolean }
export type CollectionView = { collection: CollectionData; items: CollectionItem[] }

/** The featured list before anyone has curated it: empty, at version 0 (not yet stored). */
export const unsavedFeatured = (): CollectionData => ({
  _id: FEATURED_COLLECTION,
  title: FEATURED_TITLE,
  description: '',
  caseStudyIds: [],
  version: 0,
  createdBy: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
})

const summary = (collection: CollectionData): CollectionSummary => ({
  slug: collection._id,
  title: collection.title,
  description: collection.description,
  size: collection.caseStudyIds.length,
  featured: collection._id === FEATURED_COLLECTION,
})

/** Collections as visitors see them (published case studies only) and as curators do (everything). */
export function createCollectionReadService(collections: CollectionRepository, readItems: CollectionItemReader) {
  async function find(slug: string): Promise<CollectionData> {
    const collection = await collections.findBySlug(slug)
    if (collection) return collection
    if (slug === FEATURED_COLLECTION) return unsavedFeatured()
    throw new NotFoundError()
  }

  const published = (items: CollectionItem[]) => items.filter(item => item.status === 'published')

  return {
    find,

    /** The curated collections, newest first; the featured list has its place on the home page. */
    async listPublic(): Promise<CollectionSummary[]> {
      return (await collections.listAll()).filter(collection => collection._id !== FEATURED_COLLECTION).map(summary)
    },

    /** A collection's published case studies in order; anything since archived or unpublished drops out. */
    async publicBySlug(slug: string): Promise<CollectionView> {
      const collection = await find(slug)
      return { collection, items: published(await readItems(collection.caseStudyIds)) }
    },

    /** Every collection a visitor may see, the featured list first, each with its published case studies in order. */
    async listPublicWithItems(): Promise<{ summary: CollectionSummary; items: CollectionItem[] }[]> {
      const all = await collections.listAll()
      const featured = all.find(collection => collection._id === FEATURED_COLLECTION) ?? unsavedFeatured()
      const ordered = [featured, ...all.filter(collection => collection !== featured)]
      return Promise.all(
        ordered.map(async collection => ({
          summary: summary(collection),
          items: published(await readItems(collection.caseStudyIds)),
        })),
      )
    },

    /** One collection as a visitor sees it, with its summary. */
    async publicSummaryBySlug(slug: string): Promise<{ summary: CollectionSummary; items: CollectionItem[] }> {
      const collection = await find(slug)
      return { summary: summary(collection), items: published(await readItems(collection.caseStudyIds)) }
    },

    async featured(): Promise<CollectionItem[]> {
      return published(await readItems((await find(FEATURED_COLLECTION)).caseStudyIds))
    },

    /** Every collection for curators, the featured list first (whether or not it is stored yet). */
    async listForCurators(actor: MaybeUser): Promise<CollectionSummary[]> {
      authorise(isNetworkAdmin(actor))
      const all = await collections.listAll()
      const featured = all.find(collection => collection._id === FEATURED_COLLECTION) ?? unsavedFeatured()
      return [featured, ...all.filter(collection => collection !== featured)].map(summary)
    },

    /** One collection with every case study it lists, whatever their state, for curators. */
    async forCurators(actor: MaybeUser, slug: string): Promise<CollectionView> {
      authorise(isNetworkAdmin(actor))
      const collection = await find(slug)
      return { collection, items: await readItems(collection.caseStudyIds) }
    },
  }
}

export type CollectionReadService = ReturnType<typeof createCollectionReadService>
