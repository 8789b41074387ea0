import type { Request, Response } from 'express'
import { NotFoundError } from '../../errors/httpError'
import { pageQuery } from '../../forms/pageQuery'
import { paths } from '../../paths'
import { govukPagination } from '../../presenters/pagination'
import type { Services } from '../../services'

// Longer than any council's name: a longer query is cut, not refused.
const MAX_QUERY = 100

/** Network admins: every council with its member and request counts, a way into each members page. */
export function councilsAdminController({ councilAdmin }: Pick<Services, 'councilAdmin'>) {
  return {
    list: async (req: Request, res: Response) => {
      const query = typeof req.query.q === 'string' ? req.query.q.slice(0, MAX_QUERY) : ''
      const page = pageQuery(req.query.page)
      const result = await councilAdmin.overview(req.user, query, page)
      if (page > result.pageCount) throw new NotFoundError()
      res.render('pages/admin/councils', {
        pageTitle: 'Councils and their members',
        query,
        total: result.total,
        rows: result.rows.map(({ council, members, pending }) => ({
          name: council.name,
          membersHref: paths.councils.members(council.slug),
          members,
          pending,
        })),
        pagination: govukPagination(page, result.pageCount, number => paths.admin.councils(query, number)),
      })
    },
  }
}
