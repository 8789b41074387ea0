import type { Request, Response } from 'express'
import { NotFoundError } from '../../errors/httpError'
import { pageQuery } from '../../forms/pageQuery'
import { paths } from '../../paths'
import { formatDate } from '../../presenters/formatDate'
import { govukPagination } from '../../presenters/pagination'
import type { Services } from '../../services'

/** Curators' list of published case studies nobody has reviewed for 24 months, oldest first. */
export function notReviewedController({ freshness, councils }: Pick<Services, 'freshness' | 'councils'>) {
  return {
    list: async (req: Request, res: Response) => {
      const page = pageQuery(req.query.page)
      const result = await freshness.notReviewed(req.user, page)
      if (page > result.pageCount) throw new NotFoundError()
      const names = new Map((await councils.all()).map(council => [council.gssCode, council.name]))
      res.render('pages/admin/notReviewed', {
        pageTitle: 'Case studies not reviewed for 2 years',
        total: result.total,
        rows: result.rows.map(({ caseStudy, lastReviewedAt }) => ({
          title: caseStudy.published.content.title,
          href: paths.review.show(caseStudy._id.toString()),
          publicHref: paths.caseStudies.show(caseStudy.slug),
          council: names.get(caseStudy.leadCouncilCode) ?? caseStudy.leadCouncilCode,
          lastReviewed: formatDate(lastReviewedAt),
        })),
        pagination: govukPagination(page, result.pageCount, paths.admin.notReviewed),
      })
    },
  }
}
