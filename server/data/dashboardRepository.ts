import { CaseStudy } from '../../models/CaseStudy'

// Narrow reads of case studies for the dashboards: only the fields a chart counts, never the
// content, so a dashboard over the whole catalogue reads little however long the case studies.
// These scan the collection on FerretDB (only _id lookups do not); a dashboard can afford that.

type Projected = {
  _id: { toString(): string }
  slug?: string
  leadCouncilCode?: string
  archivedAt?: Date | null
  published?: {
    firstPublishedAt?: Date
    content?: { title?: string; themes?: string[]; adaptedFrom?: { caseStudyId?: string } }
  } | null
  draft?: { submittedAt?: Date | null; content?: { title?: string } } | null
}

export type CouncilCaseStudy = { id: string; slug: string; title: string; archived: boolean }
export type Adaptation = { adaptedFromId: string; publishedAt: Date }
export type PublishedSummary = { id: string; councilCode: string; themes: string[] }
export type WaitingCaseStudy = { id: string; title: string; submittedAt: Date }

export const dashboardRepository = {
  /** The council's case studies that have been published (archived ones too: their past counts stand). */
  async councilCaseStudies(councilCode: string): Promise<CouncilCaseStudy[]> {
    const rows = await CaseStudy.find({ leadCouncilCode: String(councilCode), published: { $ne: null } })
      .select({ slug: 1, archivedAt: 1, 'published.content.title': 1 })
      .lean<Projected[]>()
      .exec()
    return rows.map(row => ({
      id: row._id.toString(),
      slug: row.slug ?? '',
      title: row.published?.content?.title ?? '',
      archived: Boolean(row.archivedAt),
    }))
  },

  /** Published, unarchived case studies adapted from one of these, with when each was first published. */
  async adaptationsOf(caseStudyIds: string[]): Promise<Adaptation[]> {
    if (caseStudyIds.length === 0) return []
    const rows = await CaseStudy.find({
      'published.content.adaptedFrom.caseStudyId': { $in: caseStudyIds.map(String) },
      archivedAt: null,
    })
      .select({ 'published.firstPublishedAt': 1, 'published.content.adaptedFrom.caseStudyId': 1 })
      .lean<Projected[]>()
      .exec()
    return rows.map(row => ({
      adaptedFromId: row.published?.content?.adaptedFrom?.caseStudyId ?? '',
      publishedAt: row.published?.firstPublishedAt ?? new Date(0),
    }))
  },

  /** When each case study first published since `since` was published. */
  async firstPublishedSince(since: Date): Promise<Date[]> {
    const rows = await CaseStudy.find({ 'published.firstPublishedAt': { $gte: since } })
      .select({ 'published.firstPublishedAt': 1 })
      .lean<Projected[]>()
      .exec()
    return rows.map(row => row.published?.firstPublishedAt ?? since)
  },

  /** Every published, unarchived case study's council and themes. */
  async publishedSummaries(): Promise<PublishedSummary[]> {
    const rows = await CaseStudy.find({ published: { $ne: null }, archivedAt: null })
      .select({ leadCouncilCode: 1, 'published.content.themes': 1 })
      .lean<Projected[]>()
      .exec()
    return rows.map(row => ({
      id: row._id.toString(),
      councilCode: row.leadCouncilCode ?? '',
      themes: row.published?.content?.themes ?? [],
    }))
  },

  /** Case studies submitted and waiting for a curator, oldest first. */
  async waitingForReview(): Promise<WaitingCaseStudy[]> {
    const rows = await CaseStudy.find({ 'draft.reviewState': 'submitted' })
      .select({ 'draft.submittedAt': 1, 'draft.content.title': 1 })
      .lean<Projected[]>()
      .exec()
    return rows
      .map(row => ({
        id: row._id.toString(),
        title: row.draft?.content?.title ?? '',
        submittedAt: row.draft?.submittedAt ?? new Date(0),
      }))
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime())
  },
}

export type DashboardRepository = typeof dashboardRepository
