import type { Request, Response } from 'express'
import { NotFoundError } from '../errors/httpError'
import { paths } from '../paths'
import { presentVersionChanges, presentVersionList } from '../presenters/publicVersionsPresenter'
import type { Services } from '../services'

/** A version number as people write one: 1 to 999,999, no sign, exponent, leading zero or decimals. */
const VERSION_NUMBER = /^[1-9][0-9]{0,5}$/

/** The public version history of a published case study: what was published, when, and what changed. */
export function caseStudyVersionsController({ publicVersions }: Pick<Services, 'publicVersions'>) {
  return {
    list: async (req: Request, res: Response) => {
      const result = await publicVersions.list(String(req.params.slug))
      if ('redirectTo' in result) return res.redirect(301, paths.caseStudyVersions.list(result.redirectTo))
      const page = presentVersionList(result)
      res.render('pages/caseStudies/versions', {
        pageTitle: `Version history: ${page.title}`,
        backHref: page.caseStudyHref,
        versions: page,
      })
    },

    show: async (req: Request, res: Response) => {
      const number = String(req.params.number)
      if (!VERSION_NUMBER.test(number)) throw new NotFoundError()
      const result = await publicVersions.changes(String(req.params.slug), Number(number))
      if ('redirectTo' in result)
        return res.redirect(301, paths.caseStudyVersions.show(result.redirectTo, Number(number)))
      const page = presentVersionChanges(result)
      res.render('pages/caseStudies/version', {
        pageTitle: `${page.heading}: ${page.title}`,
        backHref: page.listHref,
        version: page,
      })
    },
  }
}
