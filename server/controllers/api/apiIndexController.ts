import type { Request, Response } from 'express'
import { parseNoQuery } from '../../forms/apiQueryForm'
import { presentApiIndex, presentThemes } from '../../presenters/api/councilApiPresenter'
import { openApiDocument } from '../../presenters/api/openApiDocument'
import type { Services } from '../../services'
import { sendJson } from './apiResponse'

export function apiIndexController({ search }: Pick<Services, 'search'>) {
  return {
    index: (req: Request, res: Response) => {
      parseNoQuery(req.query)
      sendJson(res, presentApiIndex())
    },

    openApi: (req: Request, res: Response) => {
      parseNoQuery(req.query)
      sendJson(res, openApiDocument)
    },

    themes: async (req: Request, res: Response) => {
      parseNoQuery(req.query)
      sendJson(res, presentThemes(await search.publishedCounts()))
    },

    /** The page people read: what the API is and how to use it. */
    page: (_req: Request, res: Response) => {
      res.render('pages/api', { pageTitle: 'Practice Exchange API' })
    },
  }
}
