import { z } from 'zod'
import { DASHBOARD_WEEKS, type DashboardWeeks } from '../services/diffusion/dashboardService'
import { HttpError } from '../errors/httpError'

// The dashboards' one parameter. Unlike the search page, which forgives a mangled link, a period
// nobody offered is answered 400: the page would otherwise show numbers for a period other than
// the one asked for. Other parameters (a campaign tag, say) are ignored.
const dashboardQuery = z.object({
  weeks: z
    .enum(DASHBOARD_WEEKS.map(String) as [string, ...string[]])
    .default('26')
    .transform(value => Number(value) as DashboardWeeks),
})

/** The period in weeks; a 400 for anything but the periods offered (a list, a range, text). */
export function parseDashboardQuery(query: Record<string, unknown>): DashboardWeeks {
  const parsed = dashboardQuery.safeParse({ weeks: query.weeks })
  if (!parsed.success) throw new HttpError(400, 'Choose a period from the list')
  return parsed.data.weeks
}
