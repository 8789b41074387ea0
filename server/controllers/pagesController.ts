import type { Request, Response } from 'express'
import { unlessSearchUnavailable } from '../errors/searchUnavailableError'
import type { Services } from '../services'
import { DATA_SOURCES } from '../presenters/dataSourcesPresenter'

export function pagesController({ councils, search }: Pick<Services, 'councils' | 'search'>) {
  return {
    home: async (_req: Request, res: Response) => {
      const [councilCount, recent] = await Promise.all([
        councils.count(),
        // The home page stays up while a damaged search index is rebuilt, without its recent list.
        unlessSearchUnavailable(search.newest(5), undefined),
      ])
      res.render('pages/home', { councilCount, recent: recent?.hits ?? [], caseStudyCount: recent?.total })
    },

    aboutTheData: async (_req: Request, res: Response) => {
      res.render('pages/aboutTheData', {
        pageTitle: 'About the data',
        councilCount: await councils.count(),
        sources: DATA_SOURCES,
      })
    },

    councilsLikeMine: async (_req: Request, res: Response) => {
      res.render('pages/councilsLikeMine', {
        pageTitle: 'How we find councils like yours',
        councilCount: await councils.count(),
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
