import type { Request, Response } from 'express'
import { unlessSearchUnavailable } from '../errors/searchUnavailableError'
import { presentHome } from '../presenters/browse/homePresenter'
import type { Services } from '../services'
import { DATA_SOURCES } from '../presenters/dataSourcesPresenter'

export function pagesController({
  councils,
  browse,
  collections,
}: Pick<Services, 'councils' | 'browse' | 'collections'>) {
  return {
    home: async (_req: Request, res: Response) => {
      const [councilCount, overview, featured, collectionList, allCouncils] = await Promise.all([
        councils.count(),
        // The home page stays up while a damaged search index is rebuilt, without its counts and recent list.
        unlessSearchUnavailable(browse.overview(5), undefined),
        collections.featured(),
        collections.listPublic(),
        councils.all(),
      ])
      res.render(
        'pages/home',
        presentHome({ councilCount, overview, featured, collections: collectionList, councils: allCouncils }),
      )
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
