import type { Request, Response } from 'express'
import { parseDashboardQuery } from '../forms/dashboardQuery'
import { presentCouncilDashboard, presentNetworkDashboard } from '../presenters/dashboardPresenter'
import type { Services } from '../services'

export function dashboardController({ councils, dashboards }: Pick<Services, 'councils' | 'dashboards'>) {
  return {
    council: async (req: Request, res: Response) => {
      const weeks = parseDashboardQuery(req.query)
      const council = await councils.getBySlug(String(req.params.slug))
      const dashboard = await dashboards.council(req.user, council.gssCode, weeks)
      res.render('pages/dashboards/council', {
        pageTitle: `${council.name} dashboard`,
        council,
        dashboard: presentCouncilDashboard(dashboard, weeks),
      })
    },

    network: async (req: Request, res: Response) => {
      const weeks = parseDashboardQuery(req.query)
      const dashboard = await dashboards.network(req.user, weeks)
      res.render('pages/dashboards/network', {
        pageTitle: 'Network dashboard',
        dashboard: presentNetworkDashboard(dashboard, weeks),
      })
    },
  }
}
