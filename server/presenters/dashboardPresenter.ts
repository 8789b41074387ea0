import { FACET_LEGENDS } from '../../models/vocabulary/search'
import { paths } from '../paths'
import { DASHBOARD_WEEKS, type DashboardService, type DashboardWeeks } from '../services/diffusion/dashboardService'
import { formatCount } from './charts/chartScale'
import { presentCategoryChart } from './charts/categoryChartPresenter'
import { presentTimeChart, type ChartSeries } from './charts/timeChartPresenter'
import { formatDate } from './formatDate'

type CouncilDashboard = Awaited<ReturnType<DashboardService['council']>>
type NetworkDashboard = Awaited<ReturnType<DashboardService['network']>>

// Abbreviated months, as GOV.UK style allows in tables short of space; written out here rather
// than by Intl, whose "Sept" or "Sep" depends on the ICU version.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dayMonth = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`
/** "4 Jun 2026" in the table beside a chart, "4 Jun" under its axis. */
const weekLabels = (starts: string[]) => starts.map(day => `${dayMonth(day)} ${day.slice(0, 4)}`)
const axisLabels = (starts: string[]) => starts.map(dayMonth)
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

/** A chart of weekly counts; the description says the total, which is what a reader wants first. */
function weeklyChart(id: string, title: string, weeks: string[], series: ChartSeries[], kind: 'bar' | 'line' = 'bar') {
  const totals = series.map(each => `${each.name.toLowerCase()}: ${formatCount(sum(each.values))}`).join('; ')
  return presentTimeChart({
    id,
    title,
    description: `${title} in each of the ${weeks.length} weeks from ${formatDate(`${weeks[0]}T12:00:00Z`)}. In all, ${totals}. The table gives each week’s figures.`,
    periodLabel: 'Week beginning',
    periods: weekLabels(weeks),
    axisLabels: axisLabels(weeks),
    series,
    kind,
  })
}

/** The period picker: each offered period, the chosen one selected. */
const periodOptions = (weeks: DashboardWeeks) =>
  DASHBOARD_WEEKS.map(count => ({ value: String(count), text: `Last ${count} weeks`, selected: count === weeks }))

export function presentCouncilDashboard(dashboard: CouncilDashboard, weeks: DashboardWeeks) {
  const { weeks: starts } = dashboard
  const charts = [
    weeklyChart('views', 'Page views', starts, [{ name: 'Views', values: dashboard.views }]),
    dashboard.enquiries &&
      weeklyChart('enquiries', 'Enquiries', starts, [{ name: 'Enquiries', values: dashboard.enquiries }]),
    dashboard.declarations &&
      weeklyChart('declarations', 'Adoption declarations', starts, [
        { name: 'Declarations', values: dashboard.declarations },
      ]),
    weeklyChart('adaptations', 'Adaptations published', starts, [
      { name: 'Adaptations', values: dashboard.adaptations },
    ]),
  ].filter(chart => chart !== undefined)
  const columns = [
    'Views',
    ...(dashboard.enquiries ? ['Enquiries'] : []),
    ...(dashboard.declarations ? ['Declarations'] : []),
    'Adaptations',
  ]
  return {
    periodOptions: periodOptions(weeks),
    weeks,
    charts,
    columns,
    rows: dashboard.caseStudies
      .map(caseStudy => ({
        title: caseStudy.title,
        href: caseStudy.archived ? undefined : paths.caseStudies.show(caseStudy.slug),
        archived: caseStudy.archived,
        views: caseStudy.views,
        cells: [
          caseStudy.views,
          ...(dashboard.enquiries ? [caseStudy.enquiries ?? 0] : []),
          ...(dashboard.declarations ? [caseStudy.declarations ?? 0] : []),
          caseStudy.adaptations,
        ].map(formatCount),
      }))
      .sort((a, b) => b.views - a.views || a.title.localeCompare(b.title)),
  }
}

export function presentNetworkDashboard(dashboard: NetworkDashboard, weeks: DashboardWeeks) {
  const { weeks: starts, declarations, reviewQueue } = dashboard
  const categoryChart = (
    id: string,
    title: string,
    [categoryLabel, valueLabel]: [string, string],
    items: { label: string; value: number }[],
  ) =>
    presentCategoryChart({
      id,
      title,
      description: `${title}: ${items.map(item => `${item.label} ${formatCount(item.value)}`).join('; ') || 'none'}.`,
      categoryLabel,
      valueLabel,
      items,
    })
  return {
    periodOptions: periodOptions(weeks),
    weeks,
    publications: weeklyChart('publications', 'Case studies first published', starts, [
      { name: 'Published', values: dashboard.publications },
    ]),
    searches: weeklyChart(
      'searches',
      'Searches',
      starts,
      [
        { name: 'Searches', values: dashboard.searches },
        { name: 'Found nothing', values: dashboard.zeroResults },
      ],
      'line',
    ),
    topQueries: dashboard.topQueries.map(query => ({
      text: query.query,
      href: `${paths.caseStudies.list()}?q=${encodeURIComponent(query.query)}`,
      searches: formatCount(query.searches),
      zeroResults: formatCount(query.zeroResults),
    })),
    declarations: declarations && {
      total: formatCount(declarations.total),
      byTheme: categoryChart(
        'declarations-by-theme',
        'Declarations by theme',
        [FACET_LEGENDS.theme, 'Declarations'],
        declarations.byTheme,
      ),
      byRegion: categoryChart(
        'declarations-by-region',
        'Declarations by region',
        [FACET_LEGENDS.region, 'Declarations'],
        declarations.byRegion,
      ),
    },
    reviewQueue: {
      total: reviewQueue.total,
      chart: categoryChart(
        'review-queue',
        'Case studies waiting for review, by how long',
        ['Waiting', 'Case studies'],
        reviewQueue.bands,
      ),
      oldest: reviewQueue.oldest && {
        title: reviewQueue.oldest.title || 'Untitled case study',
        href: paths.review.show(reviewQueue.oldest.id),
        submittedOn: formatDate(reviewQueue.oldest.submittedAt),
        waited: `${formatCount(reviewQueue.oldest.daysWaited)} ${reviewQueue.oldest.daysWaited === 1 ? 'day' : 'days'}`,
      },
    },
  }
}
