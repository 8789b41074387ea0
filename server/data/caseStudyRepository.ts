import { randomBytes } from 'node:crypto'
import { Types } from 'mongoose'
import { CaseStudy } from '../../models/CaseStudy'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import type { CaseStudyRecord, CaseStudyRevisionRecord } from '../../models/vocabulary'
import { CaseStudySlug } from '../../models/CaseStudySlug'
import { searchIndexTaskRepository } from './searchIndexTaskRepository'
import { EditConflictError, assertStillHeld, claimVersion } from './versionClaim'
import { asObjectId } from './objectIds'
import { isDuplicateKey } from './duplicateKey'

export { EditConflictError }

// The record types live in the case-study vocabulary; these are the names services know them by.
export type CaseStudyData = CaseStudyRecord
export type RevisionData = CaseStudyRevisionRecord
export type NewRevision = Omit<RevisionData, '_id' | 'caseStudyId' | 'number'>
/** A revision without its content snapshot: what a history row shows. */
export type RevisionSummary = Omit<RevisionData, 'content'>

/** A revision's _id: its case study, its number, and a random key only the committing write knows. */
const revisionId = (caseStudyId: Types.ObjectId, number: number, key: string) =>
  `${caseStudyId.toString()}:${number}:${key}`
const newRevisionKey = () => randomBytes(6).toString('hex')

/**
 * Write order (FerretDB and MongoDB both without multi-document transactions):
 * 1. claim the case study's next version by inserting a unique commit document, a lease of a few
 *    seconds (server/data/versionClaim.ts): of two simultaneous changes only one gets past this;
 * 2. insert the revision snapshot, if the change has one, under an _id with a fresh random key;
 * 3. record the search index task for the new version (the outbox, models/SearchIndexTask.ts);
 * 4. check the lease is still held, with time to spare (else give up with a conflict);
 * 5. update the case study (still conditional on its version), setting the new version and
 *    appending the snapshot's key to `revisionKeys`. This update is the commit point.
 * A change therefore never lands without its index task. If the process dies before step 5, the
 * snapshot is an orphan whose key the case study never lists: history ignores it and it never
 * overwrites a committed one; the claim's lease runs out within seconds and the next save takes
 * it over; the indexer finds its task's version never landed. If it dies after step 5,
 * everything is in place. So a case study is never half-written, and its history never shows a
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
      if (!isDuplicateKey(error)) throw error
      const holder = await CaseStudySlug.findById(slug).lean<{ caseStudyId: Types.ObjectId }>().exec()
      return Boolean(holder?.caseStudyId.equals(caseStudyId))
    }
  },

  async insert(caseStudy: Omit<CaseStudyData, 'createdAt' | 'updatedAt'>, firstRevision: NewRevision): Promise<void> {
    const key = newRevisionKey()
    await CaseStudyRevision.create({
      ...firstRevision,
      _id: revisionId(caseStudy._id, 1, key),
      caseStudyId: caseStudy._id,
      number: 1,
    })
    await CaseStudy.create({ ...caseStudy, revisionKeys: [key] })
  },

  /**
   * Commits a change made from the case study as read: claims the next version, writes the
   * revision snapshot when there is one, then applies `set` (and optional `push`). A change that
   * lost the race for the version gets an EditConflictError and writes nothing.
   */
  async commit(
    caseStudy: Pick<CaseStudyData, '_id' | 'version' | 'revision'>,
    change: { revision?: NewRevision; set: Record<string, unknown>; push?: Record<string, unknown> },
  ): Promise<void> {
    const nextVersion = caseStudy.version + 1
    const claim = await claimVersion(caseStudy._id, nextVersion)
    const nextRevision = change.revision ? caseStudy.revision + 1 : caseStudy.revision
    const push: Record<string, unknown> = { ...change.push }
    if (change.revision) {
      const key = newRevisionKey()
      await CaseStudyRevision.create({
        ...change.revision,
        _id: revisionId(caseStudy._id, nextRevision, key),
        caseStudyId: caseStudy._id,
        number: nextRevision,
      })
      push.revisionKeys = key
    }
    await searchIndexTaskRepository.record(caseStudy._id.toString(), nextVersion, new Date())
    const update: Record<string, unknown> = { $set: { ...change.set, version: nextVersion, revision: nextRevision } }
    if (Object.keys(push).length) update.$push = push
    await assertStillHeld(claim)
    // Filtered by _id alone: FerretDB narrows its SQL (and uses the _id index) only for a filter on
    // _id by itself; with `version` beside it every save read the whole collection. The version is
    // already guarded: only the holder of this version's live claim gets here.
    const result = await CaseStudy.updateOne({ _id: caseStudy._id }, update).exec()
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

  /** Case studies whose published or draft version, or a document of either, carries one of these licences. */
  listWithLicences(licences: string[]): Promise<CaseStudyData[]> {
    const keys = licences.map(String)
    const paths = ['published.content', 'draft.content'].flatMap(version => [
      `${version}.licence`,
      `${version}.documents.licence`,
    ])
    return CaseStudy.find({ $or: paths.map(path => ({ [path]: { $in: keys } })) })
      .select({ revisionKeys: 0 })
      .sort({ updatedAt: -1 })
      .lean<CaseStudyData[]>()
      .exec()
  },

  count(): Promise<number> {
    return CaseStudy.estimatedDocumentCount().exec()
  },

  /**
   * One page of committed revisions, newest first, without their content. Each is fetched by its
   * _id (case study, number, committed key), never by a query over the whole collection: on
   * FerretDB only an _id equality reaches SQL, so the cost follows the page, not the store.
   */
  async listRevisions(
    caseStudy: Pick<CaseStudyData, '_id' | 'revisionKeys'>,
    page = 1,
    perPage = 25,
  ): Promise<RevisionSummary[]> {
    const newest = caseStudy.revisionKeys.length - (page - 1) * perPage
    const numbers = Array.from({ length: perPage }, (_, index) => newest - index).filter(number => number >= 1)
    const revisions = await Promise.all(
      numbers.map(number =>
        CaseStudyRevision.findById(revisionId(caseStudy._id, number, caseStudy.revisionKeys[number - 1]!), {
          content: 0,
        })
          .lean<RevisionSummary>()
          .exec(),
      ),
    )
    return revisions.filter((revision): revision is RevisionSummary => Boolean(revision))
  },

  async findRevision(
    caseStudy: Pick<CaseStudyData, '_id' | 'revisionKeys'>,
    number: number,
  ): Promise<RevisionData | undefined> {
    const key = Number.isInteger(number) && number >= 1 ? caseStudy.revisionKeys[number - 1] : undefined
    if (!key) return undefined
    return (
      (await CaseStudyRevision.findById(revisionId(caseStudy._id, number, key))
        .lean<RevisionData>()
        .exec()) ?? undefined
    )
  },

  /** When each of these committed revisions was saved, looked up by _id as listRevisions does. */
  async revisionDates(
    caseStudy: Pick<CaseStudyData, '_id' | 'revisionKeys'>,
    numbers: number[],
  ): Promise<Map<number, Date>> {
    const dates = new Map<number, Date>()
    for (const number of numbers) {
      const key = caseStudy.revisionKeys[number - 1]
      if (!key) continue
      const revision = await CaseStudyRevision.findById(revisionId(caseStudy._id, number, key), { at: 1 })
        .lean<{ at: Date }>()
        .exec()
      if (revision) dates.set(number, revision.at)
    }
    return dates
  },

  async insertManyPublished(
    caseStudies: Omit<CaseStudyData, 'createdAt' | 'updatedAt'>[],
    revisions: RevisionData[],
    slugs: { _id: string; caseStudyId: Types.ObjectId }[],
  ) {
    // Demo content into an empty database: revisions and slugs first, case studies (the commit point) last.
    await CaseStudyRevision.insertMany(revisions, { ordered: false })
    await CaseStudySlug.insertMany(slugs, { ordered: false })
    await searchIndexTaskRepository.recordMany(
      caseStudies.map(caseStudy => ({ caseStudyId: caseStudy._id.toString(), version: caseStudy.version })),
      new Date(),
    )
    await CaseStudy.insertMany(caseStudies, { ordered: false })
  },

  /** How many case studies the public can see: a count, without reading the documents. */
  countPublished(): Promise<number> {
    return CaseStudy.countDocuments({ published: { $ne: null }, archivedAt: null }).exec()
  },

  /**
   * Every published, unarchived case study in batches from a cursor, for rebuilding and checking
   * the search index: memory holds one batch, not the catalogue.
   */
  async *publishedInBatches(size: number): AsyncGenerator<CaseStudyData[]> {
    const cursor = CaseStudy.find({ published: { $ne: null }, archivedAt: null })
      .select({ draft: 0, revisionKeys: 0 })
      .batchSize(size)
      .lean<CaseStudyData>()
      .cursor()
    let batch: CaseStudyData[] = []
    for await (const caseStudy of cursor) {
      batch.push(caseStudy)
      if (batch.length === size) {
        yield batch
        batch = []
      }
    }
    if (batch.length) yield batch
  },

  /** Each published case study's id and what it was adapted from: the counts a rebuild needs first. */
  async *publishedLineage(): AsyncGenerator<{ id: string; adaptedFrom: string }> {
    const cursor = CaseStudy.find({ published: { $ne: null }, archivedAt: null })
      .select({ 'published.content.adaptedFrom.caseStudyId': 1 })
      .batchSize(1_000)
      .lean<{ _id: Types.ObjectId; published: { content: { adaptedFrom: { caseStudyId: string } } } }>()
      .cursor()
    for await (const row of cursor)
      yield { id: row._id.toString(), adaptedFrom: row.published.content.adaptedFrom.caseStudyId }
  },
}

export type CaseStudyRepository = typeof caseStudyRepository
