import { Types } from 'mongoose'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { CaseStudyRevision, type CaseStudyRevisionRecord } from '../../models/CaseStudyRevision'
import { CaseStudySlug } from '../../models/CaseStudySlug'
import { HttpError } from '../errors/httpError'

export type CaseStudyData = CaseStudyRecord
export type RevisionData = CaseStudyRevisionRecord
export type NewRevision = Omit<RevisionData, '_id' | 'caseStudyId' | 'number'>

/** Someone else saved the case study between this request's read and write. */
export class EditConflictError extends HttpError {
  constructor() {
    super(409, 'This case study was changed by someone else while you were editing it')
    this.name = 'EditConflictError'
  }
}

const revisionId = (caseStudyId: Types.ObjectId, number: number) => `${caseStudyId.toString()}:${number}`
const asObjectId = (id: string) => (/^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : undefined)

/**
 * Write order (FerretDB and MongoDB both without multi-document transactions): the revision
 * snapshot is written first, keyed by its number, then the case study document is updated on the
 * condition that its `revision` is still the one this change started from. The case study update
 * is the commit point: if the process dies before it, the revision is an orphan numbered above
 * the case study's `revision`, which history never lists and the next save overwrites. If it dies
 * after it, both are in place. A case study is never half-written, and its history never shows a
 * change that did not happen.
 */
export const caseStudyRepository = {
  newId: () => new Types.ObjectId(),

  async findById(id: string | Types.ObjectId): Promise<CaseStudyData | undefined> {
    const objectId = typeof id === 'string' ? asObjectId(id) : id
    if (!objectId) return undefined
    return (await CaseStudy.findById(objectId).lean<CaseStudyData>().exec()) ?? undefined
  },

  async findBySlug(slug: string): Promise<CaseStudyData | undefined> {
    const entry = await CaseStudySlug.findById(String(slug)).lean<{ caseStudyId: Types.ObjectId }>().exec()
    return entry ? this.findById(entry.caseStudyId) : undefined
  },

  /** Claims a slug for the case study; false if another case study holds it. */
  async claimSlug(slug: string, caseStudyId: Types.ObjectId): Promise<boolean> {
    try {
      await CaseStudySlug.create({ _id: slug, caseStudyId })
      return true
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error
      const holder = await CaseStudySlug.findById(slug).lean<{ caseStudyId: Types.ObjectId }>().exec()
      return Boolean(holder?.caseStudyId.equals(caseStudyId))
    }
  },

  async insert(caseStudy: Omit<CaseStudyData, 'createdAt' | 'updatedAt'>, firstRevision: NewRevision): Promise<void> {
    await CaseStudyRevision.replaceOne(
      { _id: revisionId(caseStudy._id, 1) },
      { ...firstRevision, caseStudyId: caseStudy._id, number: 1 },
      { upsert: true },
    ).exec()
    await CaseStudy.create(caseStudy)
  },

  /**
   * Commits a change made from `expectedRevision`: writes the revision snapshot when there is one,
   * then applies `set` (and optional `push`) to the case study if nobody else committed meanwhile.
   */
  async commit(
    caseStudyId: Types.ObjectId,
    expectedRevision: number,
    change: { revision?: NewRevision; set: Record<string, unknown>; push?: Record<string, unknown> },
  ): Promise<void> {
    const nextRevision = change.revision ? expectedRevision + 1 : expectedRevision
    if (change.revision) {
      await CaseStudyRevision.replaceOne(
        { _id: revisionId(caseStudyId, nextRevision) },
        { ...change.revision, caseStudyId, number: nextRevision },
        { upsert: true },
      ).exec()
    }
    const update: Record<string, unknown> = { $set: { ...change.set, revision: nextRevision } }
    if (change.push) update.$push = change.push
    const result = await CaseStudy.updateOne({ _id: caseStudyId, revision: expectedRevision }, update).exec()
    if (result.matchedCount === 0) throw new EditConflictError()
  },

  listByCouncil(councilCode: string): Promise<CaseStudyData[]> {
    return CaseStudy.find({ leadCouncilCode: String(councilCode) })
      .sort({ updatedAt: -1 })
      .lean<CaseStudyData[]>()
      .exec()
  },

  listSubmitted(): Promise<CaseStudyData[]> {
    return CaseStudy.find({ 'draft.reviewState': 'submitted' })
      .sort({ 'draft.submittedAt': 1 })
      .lean<CaseStudyData[]>()
      .exec()
  },

  /** Published, not archived, newest first. */
  listPublished(limit: number, skip = 0): Promise<CaseStudyData[]> {
    return CaseStudy.find({ published: { $ne: null }, archivedAt: null })
      .sort({ 'published.firstPublishedAt': -1 })
      .skip(skip)
      .limit(limit)
      .lean<CaseStudyData[]>()
      .exec()
  },

  countPublished(): Promise<number> {
    return CaseStudy.countDocuments({ published: { $ne: null }, archivedAt: null }).exec()
  },

  count(): Promise<number> {
    return CaseStudy.estimatedDocumentCount().exec()
  },

  /** Published case studies that say they were adapted from this one. */
  listAdaptationsOf(caseStudyId: Types.ObjectId): Promise<CaseStudyData[]> {
    return CaseStudy.find({ 'published.content.adaptedFrom.caseStudyId': caseStudyId.toString(), archivedAt: null })
      .lean<CaseStudyData[]>()
      .exec()
  },

  /** Committed revisions only (numbers up to the case study's own), newest first. */
  listRevisions(caseStudy: Pick<CaseStudyData, '_id' | 'revision'>): Promise<RevisionData[]> {
    return CaseStudyRevision.find({ caseStudyId: caseStudy._id, number: { $lte: caseStudy.revision } })
      .sort({ number: -1 })
      .lean<RevisionData[]>()
      .exec()
  },

  async findRevision(
    caseStudy: Pick<CaseStudyData, '_id' | 'revision'>,
    number: number,
  ): Promise<RevisionData | undefined> {
    if (!Number.isInteger(number) || number < 1 || number > caseStudy.revision) return undefined
    return (
      (await CaseStudyRevision.findById(revisionId(caseStudy._id, number)).lean<RevisionData>().exec()) ?? undefined
    )
  },

  async insertManyPublished(
    caseStudies: Omit<CaseStudyData, 'createdAt' | 'updatedAt'>[],
    revisions: RevisionData[],
    slugs: { _id: string; caseStudyId: Types.ObjectId }[],
  ) {
    // Demo content into an empty database: revisions and slugs first, case studies (the commit point) last.
    await CaseStudyRevision.insertMany(revisions, { ordered: false })
    await CaseStudySlug.insertMany(slugs, { ordered: false })
    await CaseStudy.insertMany(caseStudies, { ordered: false })
  },
}

export type CaseStudyRepository = typeof caseStudyRepository
export { revisionId }
