import type { Request, Response } from 'express'
import { parseCouncilFilters } from '../../forms/councilFilterForm'
import { pageQuery } from '../../forms/pageQuery'
import { presentCouncilDirectory } from '../../presenters/browse/councilDirectoryPresenter'
import { presentCouncilPage } from '../../presenters/browse/councilPresenter'
import type { Services } from '../../services'

/** The public councils index and each council's page. */
export function councilsController({ councils, councilPages }: Pick<Services, 'councils' | 'councilPages'>) {
  return {
    /** Every choice is in the query string (a GET form), so the filters work without JavaScript. */
    list: async (req: Request, res: Response) => {
      const { filters, notices } = parseCouncilFilters(req.query)
      const directory = await councilPages.directory(filters)
      res.render('pages/councils/index', {
        pageTitle: filters.name ? `${filters.name.slice(0, 60)} – Councils` : 'Councils',
        directory: presentCouncilDirectory(filters, directory, notices),
      })
    },

    show: async (req: Request, res: Response) => {
      const view = await councilPages.page(String(req.params.slug), pageQuery(req.query.page))
      const council = presentCouncilPage(view, await councils.all())
      res.render('pages/councils/show', { pageTitle: council.name, council })
    },
  }
}
