import type { Request, Response } from 'express'
import { paths } from '../../paths'
import { presentLineage } from '../../presenters/diffusion/lineagePresenter'
import type { Services } from '../../services'

export function lineageController({ lineage }: Pick<Services, 'lineage'>) {
  return {
    show: async (req: Request, res: Response) => {
      const result = await lineage.forSlug(String(req.params.slug))
      if ('redirectTo' in result) return res.redirect(301, paths.diffusion.lineage(result.redirectTo))
      res.render('pages/diffusion/lineage', {
        pageTitle: `Family tree: ${result.current.title}`,
        canonicalPath: paths.diffusion.lineage(result.current.slug),
        lineage: presentLineage(result),
      })
    },
  }
}
