import { FEATURED_COLLECTION, MAX_COLLECTION_ITEMS } from '../../../models/collectionRules'
import type { CaseStudyRepository } from '../../data/caseStudyRepository'
import type { CollectionChange, CollectionData, CollectionRepository } from '../../data/collectionRepository'
import { HttpError, NotFoundError } from '../../errors/httpError'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import { slugify } from '../slugify'
import { FEATURED_TITLE, type CollectionReadService } from './collectionReadService'

/** Addresses a new collection may not take: the featured list's, and the admin "new" page's. */
const RESERVED_SLUGS = new Set([FEATURED_COLLECTION, 'new'])
const MAX_SLUG_LENGTH = 80

export type CollectionDetails = { title: string; description: string }
export type AddOutcome = { added: string } | { problem: 'not-found' | 'duplicate' | 'full' }

/** Two curators changed one collection at once: the second change is refused, not merged. */
export class CollectionConflictError extends HttpError {
  constructor() {
    super(409, 'This collection was changed by someone else')
    this.name = 'CollectionConflictError'
  }
}

/** Network admins curate collections and the featured list; every change is audited. */
export function createCollectionCurationService(deps: {
  collections: CollectionRepository
  reads: CollectionReadService
  caseStudies: CaseStudyRepository
  audit: AuditService
}) {
  const { collections, reads, audit } = deps

  /** The collection as it stands, for a change; the featured list is stored on its first change. */
  async function forChange(actor: MaybeUser, slug: string): Promise<CollectionData> {
    authorise(isNetworkAdmin(actor))
    const collection = await reads.find(slug)
    if (collection.version > 0) return collection
    await collections.insert({ slug, title: FEATURED_TITLE, description: '', createdBy: null })
    return reads.find(slug)
  }

  async function apply(collection: CollectionData, change: CollectionChange): Promise<void> {
    if (!(await collections.update(collection._id, collection.version, change))) throw new CollectionConflictError()
  }

  const record = (context: RequestContext, action: string, slug: string, details: Record<string, unknown>) =>
    audit.record(context, { action: `collection.${action}`, subjectType: 'collection', subjectId: slug, details })

  /** A case study's position in the collection, or 404 for one it does not list. */
  function positionOf(collection: CollectionData, caseStudyId: string): number {
    const index = collection.caseStudyIds.indexOf(caseStudyId)
    if (index < 0) throw new NotFoundError()
    return index
  }

  return {
    /** Creates a collection at an address made from its title; returns that address. */
    async create(actor: MaybeUser, details: CollectionDetails, context: RequestContext): Promise<string> {
      authorise(isNetworkAdmin(actor))
      const base = slugify(details.title).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '') || 'collection'
      for (let attempt = 1; attempt <= 100; attempt++) {
        const slug = attempt === 1 ? base : `${base}-${attempt}`
        if (RESERVED_SLUGS.has(slug)) continue
        if (await collections.insert({ slug, ...details, createdBy: actor?._id ?? null })) {
          await record(context, 'created', slug, { title: details.title })
          return slug
        }
      }
      throw new CollectionConflictError()
    },

    async changeDetails(actor: MaybeUser, slug: string, details: CollectionDetails, context: RequestContext) {
      if (slug === FEATURED_COLLECTION) throw new NotFoundError()
      await apply(await forChange(actor, slug), details)
      await record(context, 'details-changed', slug, { title: details.title })
    },

    async add(actor: MaybeUser, slug: string, caseStudySlug: string, context: RequestContext): Promise<AddOutcome> {
      const collection = await forChange(actor, slug)
      const caseStudy = await deps.caseStudies.findBySlug(caseStudySlug)
      if (!caseStudy?.published || caseStudy.archivedAt) return { problem: 'not-found' }
      const id = caseStudy._id.toString()
      if (collection.caseStudyIds.includes(id)) return { problem: 'duplicate' }
      if (collection.caseStudyIds.length >= MAX_COLLECTION_ITEMS) return { problem: 'full' }
      await apply(collection, { caseStudyIds: [...collection.caseStudyIds, id] })
      await record(context, 'case-study-added', slug, { caseStudyId: id })
      return { added: caseStudy.published.content.title }
    },

    /** Swaps the case study with its neighbour above or below; at either end, nothing changes. */
    async move(actor: MaybeUser, slug: string, caseStudyId: string, direction: 'up' | 'down', context: RequestContext) {
      const collection = await forChange(actor, slug)
      const from = positionOf(collection, caseStudyId)
      const to = direction === 'up' ? from - 1 : from + 1
      if (to < 0 || to >= collection.caseStudyIds.length) return
      const ids = [...collection.caseStudyIds]
      ;[ids[from], ids[to]] = [ids[to]!, ids[from]!]
      await apply(collection, { caseStudyIds: ids })
      await record(context, 'case-study-moved', slug, { caseStudyId, direction, position: to + 1 })
    },

    async remove(actor: MaybeUser, slug: string, caseStudyId: string, context: RequestContext) {
      const collection = await forChange(actor, slug)
      positionOf(collection, caseStudyId)
      await apply(collection, { caseStudyIds: collection.caseStudyIds.filter(id => id !== caseStudyId) })
      await record(context, 'case-study-removed', slug, { caseStudyId })
    },

    /** Deletes a collection (never the featured list, which is emptied instead). */
    async delete(actor: MaybeUser, slug: string, context: RequestContext) {
      authorise(isNetworkAdmin(actor))
      if (slug === FEATURED_COLLECTION) throw new NotFoundError()
      const collection = await reads.find(slug)
      if (!(await collections.remove(slug, collection.version))) throw new CollectionConflictError()
      await record(context, 'deleted', slug, { title: collection.title })
    },
  }
}

export type CollectionCurationService = ReturnType<typeof createCollectionCurationService>
