import type { Request, Response } from 'express'
import { paths } from '../paths'
import { presentCaseStudy } from '../presenters/caseStudyPresenter'
import type { Services } from '../services'
import { activeCouncilOf } from '../services/authorisation'

const PAGE_SIZE = 20

export function caseStudiesController({ caseStudies }: Pick<Services, 'caseStudies'>) {
  return {
    list: async (req: Request, res: Response) => {
      const requested = Number(req.query.page ?? 1)
      const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1
      const { items, total } = await caseStudies.listPublished(page, PAGE_SIZE)
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
      res.render('pages/caseStudies/list', {
        pageTitle: 'Case studies',
        items,
        total,
        page,
        previousHref: page > 1 ? `${paths.caseStudies.list()}?page=${page - 1}` : undefined,
        nextHref: page < pages ? `${paths.caseStudies.list()}?page=${page + 1}` : undefined,
      })
    },

    show: async (req: Request, res: Response) => {
      const result = await caseStudies.publicBySlug(String(req.params.slug))
      if ('redirectTo' in result) return res.redirect(301, paths.caseStudies.show(result.redirectTo))
      // Contact details are personal data: only signed-in council officers see them.
      const showContacts = Boolean(activeCouncilOf(req.user))
      res.render('pages/caseStudies/show', {
        pageTitle: result.content.title,
        caseStudy: presentCaseStudy(result, { showContacts }),
      })
    },
  }
}
