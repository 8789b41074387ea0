import type { Request, Response } from 'express'
import { unlessSearchUnavailable } from '../../errors/searchUnavailableError'
import { parseNoQuery } from '../../forms/apiQueryForm'
import { paths } from '../../paths'
import { presentApiIndex, presentThemes } from '../../presenters/api/apiIndexPresenter'
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

    /** The page people read: what the API is and how to use it, with a real case study to try. */
    page: async (_req: Request, res: Response) => {
      // The example only decorates the page: while the index is rebuilt, it shows a placeholder.
      const slug = (await unlessSearchUnavailable(search.newest(1), undefined))?.hits[0]?.slug
      res.render('pages/api', {
        pageTitle: 'Practice Exchange API',
        examplePath: slug ? paths.api.caseStudy(slug) : `${paths.api.caseStudies()}/{slug}`,
      })
    },
  }
}
