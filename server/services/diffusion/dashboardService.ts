import { THEMES, labelOf } from '../../../models/vocabulary/lists'
import type { DashboardRepository } from '../../data/dashboardRepository'
import type { UsageCountRepository } from '../../data/usageCountRepository'
import { authorise, isCouncilAdminOf, isNetworkAdmin, isPublisherOf, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import { ranked, totalsBy, type DeclarationCounts, type EnquiryCounts } from './dashboardSources'
import { ukDay } from './days'
import { reviewQueueAge } from './reviewQueueAge'
import { byWeek, inWeeks, lastWeeks } from './weeklyBuckets'

/** The periods a dashboard offers, in weeks; server/forms/dashboardQuery.ts accepts only these. */
export const DASHBOARD_WEEKS = [13, 26, 52] as const
export type DashboardWeeks = (typeof DASHBOARD_WEEKS)[number]

const TOP_QUERIES = 20

type Dependencies = {
  repository: DashboardRepository
  usage: UsageCountRepository
  councils: CouncilService
  clock: Clock
  /** Wired once the enquiries feature is merged: until then its chart and column are left out. */
  enquiryCounts?: EnquiryCounts
  /** Wired once adoption declarations are merged: until then their charts and columns are left out. */
  declarationCounts?: DeclarationCounts
}

/** Publishers' and council admins' view of their council's reach, and curators' view of the whole network. */
export function createDashboardService({
  repository,
  usage,
  councils,
  clock,
  enquiryCounts,
  declarationCounts,
}: Dependencies) {
  return {
    mayViewCouncil: (actor: MaybeUser, councilCode: string): boolean =>
      isPublisherOf(actor, councilCode) || isCouncilAdminOf(actor, councilCode) || isNetworkAdmin(actor),

    /** Views, enquiries, declarations and adaptations of the council's case studies, by week and by case study. */
    async council(actor: MaybeUser, councilCode: string, weekCount: DashboardWeeks) {
      authorise(this.mayViewCouncil(actor, councilCode))
      const weeks = lastWeeks(clock(), weekCount)
      const caseStudies = await repository.councilCaseStudies(councilCode)
      const ids = caseStudies.map(caseStudy => caseStudy.id)
      const [views, enquiries, declarations, adaptationRows] = await Promise.all([
        usage.viewsSince(ids, weeks.sinceDay),
        enquiryCounts?.(ids, weeks.since),
        declarationCounts?.(ids, weeks.since),
        repository.adaptationsOf(ids),
      ])
      const adaptations = adaptationRows
        .map(row => ({ day: ukDay(row.publishedAt), caseStudyId: row.adaptedFromId, count: 1 }))
        .filter(row => inWeeks(weeks, row.day))
      const within = <T extends { day: string }>(rows: T[] | undefined) => rows?.filter(row => inWeeks(weeks, row.day))
      const series = { views, enquiries: within(enquiries), declarations: within(declarations), adaptations }
      const perCaseStudy = (rows: { caseStudyId: string; count: number }[] | undefined) =>
        rows &&
        totalsBy(
          rows,
          row => [row.caseStudyId],
          row => row.count,
        )
      const totals = {
        views: perCaseStudy(series.views)!,
        enquiries: perCaseStudy(series.enquiries),
        declarations: perCaseStudy(series.declarations),
        adaptations: perCaseStudy(series.adaptations)!,
      }
      return {
        weeks: weeks.starts,
        views: byWeek(weeks, series.views),
        enquiries: series.enquiries && byWeek(weeks, series.enquiries),
        declarations: series.declarations && byWeek(weeks, series.declarations),
        adaptations: byWeek(weeks, series.adaptations),
        caseStudies: caseStudies.map(caseStudy => ({
          ...caseStudy,
          views: totals.views.get(caseStudy.id) ?? 0,
          enquiries: totals.enquiries && (totals.enquiries.get(caseStudy.id) ?? 0),
          declarations: totals.declarations && (totals.declarations.get(caseStudy.id) ?? 0),
          adaptations: totals.adaptations.get(caseStudy.id) ?? 0,
        })),
      }
    },

    /** Publications, searches, top queries, declarations by theme and region, and the review queue's age. */
    async network(actor: MaybeUser, weekCount: DashboardWeeks) {
      authorise(isNetworkAdmin(actor))
      const now = clock()
      const weeks = lastWeeks(now, weekCount)
      const [published, searchDays, topQueries, waiting] = await Promise.all([
        repository.firstPublishedSince(weeks.since),
        usage.searchDaysSince(weeks.sinceDay),
        usage.topQueriesSince(weeks.sinceDay, TOP_QUERIES),
        repository.waitingForReview(),
      ])
      return {
        weeks: weeks.starts,
        publications: byWeek(
          weeks,
          published.map(at => ({ day: ukDay(at), count: 1 })),
        ),
        searches: byWeek(
          weeks,
          searchDays.map(({ day, searches }) => ({ day, count: searches })),
        ),
        zeroResults: byWeek(
          weeks,
          searchDays.map(({ day, zeroResults }) => ({ day, count: zeroResults })),
        ),
        topQueries,
        declarations: declarationCounts && (await declarationsByPlace(weeks.since)),
        reviewQueue: reviewQueueAge(waiting, now),
      }

      async function declarationsByPlace(since: Date) {
        const summaries = await repository.publishedSummaries()
        const rows = (
          await declarationCounts!(
            summaries.map(summary => summary.id),
            since,
          )
        ).filter(row => inWeeks(weeks, row.day))
        const byId = new Map(summaries.map(summary => [summary.id, summary]))
        const all = await councils.all()
        const regionOf = new Map(all.map(council => [council.gssCode, council.region]))
        return {
          total: rows.reduce((sum, row) => sum + row.count, 0),
          byTheme: ranked(
            totalsBy(
              rows,
              row => byId.get(row.caseStudyId)?.themes ?? [],
              row => row.count,
            ),
            theme => labelOf(THEMES, theme) || theme,
          ),
          byRegion: ranked(
            totalsBy(
              rows,
              row => [regionOf.get(byId.get(row.caseStudyId)?.councilCode ?? '') ?? ''],
              row => row.count,
            ),
            region => region || 'Unknown region',
          ),
        }
      }
    },
  }
}

export type DashboardService = ReturnType<typeof createDashboardService>
