import type { Request, Response } from 'express'
import { NotFoundError } from '../../errors/httpError'
import { parseCouncilQuery, parseNoQuery } from '../../forms/apiQueryForm'
import { presentCouncil, presentCouncilList } from '../../presenters/api/councilApiPresenter'
import type { Services } from '../../services'
import { sendJson } from './apiResponse'

/** Councils a page: all ~400 fit in eight pages, and a page stays small. */
export const COUNCILS_PER_PAGE = 50

export function councilsApiController({
  councils,
  councilPages,
  search,
}: Pick<Services, 'councils' | 'councilPages' | 'search'>) {
  return {
    list: async (req: Request, res: Response) => {
      const { page, ...filters } = parseCouncilQuery(req.query, await councilPages.regions())
      const only = (value: string) => (value ? [value] : [])
      // The councils index's own filter, so a name finds the same councils on the page and here.
      const directory = await councilPages.directory(
        {
          name: filters.q,
          nations: only(filters.nation),
          regions: only(filters.region),
          types: only(filters.type),
          page,
        },
        COUNCILS_PER_PAGE,
      )
      sendJson(res, presentCouncilList(directory, filters, COUNCILS_PER_PAGE))
    },

    show: async (req: Request, res: Response) => {
      parseNoQuery(req.query)
      const council = await councils.findByGssCode(String(req.params.code))
      if (!council) throw new NotFoundError('No council has that GSS code')
      sendJson(res, presentCouncil(council, await search.publishedCounts(council.gssCode)))
    },
  }
}
