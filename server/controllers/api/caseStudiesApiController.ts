import type { Request, Response } from 'express'
import { QueryError } from '../../errors/queryError'
import { parseApiSearch, parseNoQuery } from '../../forms/apiQueryForm'
import { paths } from '../../paths'
import { presentCaseStudyForApi } from '../../presenters/api/caseStudyApiPresenter'
import { presentSearchForApi } from '../../presenters/api/searchApiPresenter'
import type { Services } from '../../services'
import { movedTo, sendJson } from './apiResponse'

export function caseStudiesApiController({
  caseStudies,
  search,
  councils,
}: Pick<Services, 'caseStudies' | 'search' | 'councils'>) {
  return {
    /** The search page's search, as JSON: the same parser, service and facets. */
    list: async (req: Request, res: Response) => {
      const { params, likeSlug } = parseApiSearch(req.query)
      const likeCouncil = await councils.findBySlug(likeSlug)
      if (likeSlug && !likeCouncil)
        throw new QueryError([
          { field: 'like', message: 'like must be the slug of a council, as /api/v1/councils lists' },
        ])
      const results = await search.search({ ...params, likeCouncil: likeCouncil?.gssCode })
      sendJson(res, presentSearchForApi({ ...params, likeSlug }, results))
    },

    show: async (req: Request, res: Response) => {
      parseNoQuery(req.query)
      // No viewer: the API ignores sessions, so the service leaves contacts out for everyone.
      const result = await caseStudies.publicBySlug(String(req.params.slug), undefined)
      if ('redirectTo' in result) return movedTo(res, paths.api.caseStudy(result.redirectTo))
      sendJson(res, presentCaseStudyForApi(result))
    },
  }
}
