import type { Request, Response } from 'express'
import type { Services } from '../services'
import { DATA_SOURCES } from '../presenters/dataSourcesPresenter'

export function pagesController({ councils }: Pick<Services, 'councils'>) {
  return {
    home: async (_req: Request, res: Response) => {
      res.render('pages/home', { councilCount: await councils.count() })
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
