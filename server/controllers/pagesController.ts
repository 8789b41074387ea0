import type { Request, Response } from 'express'
import type { Services } from '../services'
import { DATA_SOURCES } from '../presenters/dataSourcesPresenter'

export function pagesController({ councils, caseStudies }: Pick<Services, 'councils' | 'caseStudies'>) {
  return {
    home: async (_req: Request, res: Response) => {
      const [councilCount, recent] = await Promise.all([councils.count(), caseStudies.listPublished(1, 5)])
      res.render('pages/home', { councilCount, recent: recent.items, caseStudyCount: recent.total })
    },

    aboutTheData: async (_req: Request, res: Response) => {
      res.render('pages/aboutTheData', {
        pageTitle: 'About the data',
        councilCount: await councils.count(),
        sources: DATA_SOURCES,
      })
    },

    feedback: (_req: Request, res: Response) => {
      res.render('pages/feedback', { pageTitle: 'Give feedback' })
    },

    accessibility: (_req: Request, res: Response) => {
      res.render('pages/accessibility', { pageTitle: 'Accessibility statement' })
    },
  }
}
