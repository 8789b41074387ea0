import type { Types } from 'mongoose'
import { CaseStudy } from '../../models/CaseStudy'
import { FreshnessReminder } from '../../models/FreshnessReminder'
import { isDuplicateKey } from './duplicateKey'

/** What freshness needs of a published case study: never its content beyond the title. */
export type FreshnessCandidate = {
  _id: Types.ObjectId
  leadCouncilCode: string
  slug: string
  reviewedAt?: Date | null
  published: { publishedAt: Date; firstPublishedAt: Date; content: { title: string } }
}

const CANDIDATE_FIELDS = {
  leadCouncilCode: 1,
  slug: 1,
  reviewedAt: 1,
  'published.publishedAt': 1,
  'published.firstPublishedAt': 1,
  'published.content.title': 1,
}

const reminderId = (caseStudyId: string, months: number) => `${caseStudyId}:${months}`

export const freshnessRepository = {
  /** Published, unarchived case studies first published on or before `cutoff`. */
  publishedOnOrBefore(cutoff: Date): Promise<FreshnessCandidate[]> {
    return CaseStudy.find({
      published: { $ne: null },
      archivedAt: null,
      'published.firstPublishedAt': { $lte: cutoff },
    })
      .select(CANDIDATE_FIELDS)
      .lean<FreshnessCandidate[]>()
      .exec()
  },

  /** Published, unarchived case studies neither published nor confirmed since `cutoff`. */
  notReviewedSince(cutoff: Date): Promise<FreshnessCandidate[]> {
    return CaseStudy.find({
      published: { $ne: null },
      archivedAt: null,
      'published.publishedAt': { $lt: cutoff },
      $or: [{ reviewedAt: null }, { reviewedAt: { $lt: cutoff } }],
    })
      .select(CANDIDATE_FIELDS)
      .lean<FreshnessCandidate[]>()
      .exec()
  },

  /**
   * Not a versioned commit: confirming outcomes changes no content, so it neither makes a revision
   * nor competes with a publisher's save for the next version. Filtered by _id alone (FerretDB).
   */
  async setReviewedAt(caseStudyId: Types.ObjectId, at: Date): Promise<void> {
    await CaseStudy.updateOne({ _id: caseStudyId }, { $set: { reviewedAt: at } }).exec()
  },

  /**
   * Every reminder claimed so far, as "<caseStudyId>:<months>": one read of the ids for a run,
   * where a lookup per case study would be 100,000 reads an hour at 100,000 case studies.
   */
  async claimedIds(): Promise<Set<string>> {
    const rows = await FreshnessReminder.find().select({ _id: 1 }).lean<{ _id: string }[]>().exec()
    return new Set(rows.map(row => row._id))
  },

  /** Claims the reminder: true for exactly one caller, however many try at once. */
  async claim(caseStudyId: string, months: number, at: Date): Promise<boolean> {
    try {
      await FreshnessReminder.create({ _id: reminderId(caseStudyId, months), caseStudyId, months, claimedAt: at })
      return true
    } catch (error) {
      if (isDuplicateKey(error)) return false
      throw error
    }
  },

  async recordSent(caseStudyId: string, months: number, recipients: string[]): Promise<void> {
    await FreshnessReminder.updateOne({ _id: reminderId(caseStudyId, months) }, { $set: { sentTo: recipients } }).exec()
  },
}

export type FreshnessRepository = typeof freshnessRepository
