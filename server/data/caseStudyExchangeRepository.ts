import { Types } from 'mongoose'
import { CaseStudy } from '../../models/CaseStudy'
import { CaseStudyExternalId } from '../../models/CaseStudyExternalId'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { CaseStudySlug } from '../../models/CaseStudySlug'
import type { CaseStudyData, RevisionData } from './caseStudyRepository'
import { searchIndexTaskRepository } from './searchIndexTaskRepository'
import { asObjectId } from './objectIds'

type WriteErrors = { writeErrors?: { index: number; code?: number }[]; code?: number }

/** The positions of `docs` an unordered insertMany did not insert because their _id was taken; other errors throw. */
async function insertEach(insert: () => Promise<unknown>): Promise<Set<number>> {
  try {
    await insert()
    return new Set()
  } catch (error) {
    const { writeErrors } = error as WriteErrors
    if (!writeErrors?.length || writeErrors.some(failure => failure.code !== 11000)) throw error
    return new Set(writeErrors.map(failure => failure.index))
  }
}

/**
 * What exports and imports read and write. On FerretDB's SQLite backend only a filter on _id
 * alone uses an index (an `$in` reads the whole collection), so documents are fetched one _id at
 * a time, a batch in flight together, and bulk writes are inserts of whole documents.
 */
export const caseStudyExchangeRepository = {
  /** The published, unarchived case studies among these ids, in the order asked, without their drafts. */
  async findPublished(ids: string[]): Promise<CaseStudyData[]> {
    const found = await Promise.all(
      ids.map(async id => {
        const objectId = asObjectId(id)
        return objectId ? CaseStudy.findById(objectId, { draft: 0 }).lean<CaseStudyData>().exec() : null
      }),
    )
    return found.filter((caseStudy): caseStudy is CaseStudyData =>
      Boolean(caseStudy?.published && !caseStudy.archivedAt),
    )
  },

  /** Each stored case study's external id (null if it has none), by id. */
  async externalIdsOf(ids: string[]): Promise<Map<string, string | null>> {
    const found = await Promise.all(
      [...new Set(ids)].map(async id => {
        const objectId = asObjectId(id)
        const row = objectId && (await CaseStudy.findById(objectId, { externalId: 1 }).lean<CaseStudyData>().exec())
        return row ? ([id, row.externalId ?? null] as const) : undefined
      }),
    )
    return new Map(found.filter(entry => entry !== undefined))
  },

  /** Whole case studies (drafts included) by id, for an import to compare with. */
  async findByIds(ids: Types.ObjectId[]): Promise<Map<string, CaseStudyData>> {
    const found = await Promise.all(ids.map(id => CaseStudy.findById(id).lean<CaseStudyData>().exec()))
    return new Map(
      found.filter(caseStudy => caseStudy !== null).map(caseStudy => [caseStudy._id.toString(), caseStudy]),
    )
  },

  /** The case study each external id is claimed for, where one is. */
  async findExternalIds(externalIds: string[]): Promise<Map<string, Types.ObjectId>> {
    const found = await Promise.all(
      externalIds.map(id =>
        CaseStudyExternalId.findById(id).lean<{ _id: string; caseStudyId: Types.ObjectId }>().exec(),
      ),
    )
    return new Map(found.filter(claim => claim !== null).map(claim => [claim._id, claim.caseStudyId]))
  },

  /**
   * Claims each external id for the case study id offered with it, in one insert; an id claimed
   * already keeps its case study. Returns every external id's case study and whether it was claimed now.
   */
  async claimExternalIds(
    claims: { externalId: string; caseStudyId: Types.ObjectId }[],
  ): Promise<Map<string, { caseStudyId: Types.ObjectId; claimedNow: boolean }>> {
    if (claims.length === 0) return new Map()
    const taken = await insertEach(() =>
      CaseStudyExternalId.insertMany(
        claims.map(claim => ({ _id: claim.externalId, caseStudyId: claim.caseStudyId })),
        { ordered: false, lean: true },
      ),
    )
    const holders = await this.findExternalIds(
      claims.filter((_claim, at) => taken.has(at)).map(claim => claim.externalId),
    )
    return new Map(
      claims.map((claim, at) => {
        const holder = taken.has(at) ? holders.get(claim.externalId) : undefined
        return [claim.externalId, { caseStudyId: holder ?? claim.caseStudyId, claimedNow: !taken.has(at) }]
      }),
    )
  },

  /**
   * Claims slugs in one insert; returns the positions of those held by another case study (a slug
   * already held by the same case study counts as claimed).
   */
  async claimSlugs(slugs: { slug: string; caseStudyId: Types.ObjectId }[]): Promise<Set<number>> {
    const taken = await insertEach(() =>
      CaseStudySlug.insertMany(
        slugs.map(({ slug, caseStudyId }) => ({ _id: slug, caseStudyId })),
        { ordered: false, lean: true },
      ),
    )
    const refused = new Set<number>()
    for (const at of taken) {
      const { slug, caseStudyId } = slugs[at]!
      const holder = await CaseStudySlug.findById(slug).lean<{ caseStudyId: Types.ObjectId }>().exec()
      if (!holder?.caseStudyId.equals(caseStudyId)) refused.add(at)
    }
    return refused
  },

  /**
   * Inserts new case studies whole, each with its first revision and index task: revisions and
   * tasks first, the case studies (the commit point, one document each) last, as
   * caseStudyRepository.insertManyPublished does. Validated by the importer already, so written
   * without mongoose's per-document casting (lean), which halves the time. Returns the ids of
   * case studies that already existed (another import got there first) and were not written.
   */
  async insertNew(caseStudies: CaseStudyData[], revisions: RevisionData[]): Promise<Set<string>> {
    if (caseStudies.length === 0) return new Set()
    await insertEach(() => CaseStudyRevision.insertMany(revisions, { ordered: false, lean: true }))
    await searchIndexTaskRepository.recordMany(
      caseStudies.map(caseStudy => ({ caseStudyId: caseStudy._id.toString(), version: caseStudy.version })),
      new Date(),
    )
    const taken = await insertEach(() => CaseStudy.insertMany(caseStudies, { ordered: false, lean: true }))
    return new Set([...taken].map(at => caseStudies[at]!._id.toString()))
  },
}

export type CaseStudyExchangeRepository = typeof caseStudyExchangeRepository
