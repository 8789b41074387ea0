import type { Request, Response } from 'express'
import { NotFoundError } from '../../errors/httpError'
import { unlessSearchUnavailable } from '../../errors/searchUnavailableError'
import { pageQuery } from '../../forms/pageQuery'
import { isTheme, presentTheme, presentThemeList } from '../../presenters/browse/themePresenter'
import type { Services } from '../../services'

/** Browse by theme: every theme with its count, and each theme's case studies. */
export function themesController({ browse, councils }: Pick<Services, 'browse' | 'councils'>) {
  return {
    list: async (_req: Request, res: Response) => {
      // The themes are a fixed list: while the index is rebuilt they show, without their counts.
      const overview = await unlessSearchUnavailable(browse.overview(0), undefined)
      res.render('pages/themes/index', {
        pageTitle: 'Browse by theme',
        themes: presentThemeList(overview?.themeCounts),
      })
    },

    show: async (req: Request, res: Response) => {
      const slug = String(req.params.slug)
      if (!isTheme(slug)) throw new NotFoundError()
      const page = await browse.byTheme(slug, pageQuery(req.query.page))
      if (page.page > page.pageCount) throw new NotFoundError()
      const theme = presentTheme(slug, page, await councils.all())
      res.render('pages/themes/show', { pageTitle: theme.title, theme })
    },
  }
}
