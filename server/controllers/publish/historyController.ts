import type { Request, Response } from 'express'
import { HttpError } from '../../errors/httpError'
import { paths } from '../../paths'
import { presentCaseStudy } from '../../presenters/caseStudyPresenter'
import { presentHistoryPagination, presentRevisions } from '../../presenters/historyPresenter'
import type { Services } from '../../services'

export function historyController({ caseStudies, users }: Pick<Services, 'caseStudies' | 'users'>) {
  /** Names of the revisions' authors by id; a deleted author is left out and the presenter says so. */
  async function authorNames(revisions: { by?: { toString(): string } | null }[]): Promise<Map<string, string>> {
    const ids = new Set(revisions.flatMap(revision => (revision.by ? [revision.by.toString()] : [])))
    const found = await Promise.all([...ids].map(async id => [id, (await users.findById(id))?.name] as const))
    return new Map(found.flatMap(([id, name]) => (name === undefined ? [] : [[id, name] as const])))
  }

  return {
    history: async (req: Request, res: Response) => {
      // A page that is not a whole number is no page at all: the service answers it as not found.
      const page = req.query.page === undefined ? 1 : Number(req.query.page)
      const result = await caseStudies.history(req.user, String(req.params.id), page)
      const { caseStudy } = result
      const id = caseStudy._id.toString()
      res.render('pages/publish/history', {
        pageTitle: result.pageCount > 1 ? `History (page ${result.page} of ${result.pageCount})` : 'History',
        title: (caseStudy.draft ?? caseStudy.published)!.content.title,
        backHref: paths.publish.taskList(id),
        compareAction: paths.publish.compare(id),
        firstPage: result.page === 1,
        revisions: presentRevisions(id, caseStudy, result.revisions, await authorNames(result.revisions)),
        pagination: presentHistoryPagination(id, result.page, result.pageCount),
      })
    },

    compare: async (req: Request, res: Response) => {
      const from = Number(req.query.from)
      const to = Number(req.query.to)
      if (!Number.isInteger(from) || !Number.isInteger(to)) throw new HttpError(400, 'Choose two versions to compare')
      const result = await caseStudies.compare(req.user, String(req.params.id), from, to)
      const id = result.caseStudy._id.toString()
      res.render('pages/publish/compare', {
        pageTitle: `Changes from version ${result.from.number} to version ${result.to.number}`,
        from: result.from.number,
        to: result.to.number,
        diffs: result.diffs,
        backHref: paths.publish.history(id),
      })
    },

    preview: async (req: Request, res: Response) => {
      const view = await caseStudies.preview(req.user, String(req.params.id))
      res.render('pages/caseStudies/show', {
        pageTitle: `Preview: ${view.content.title}`,
        caseStudy: presentCaseStudy(view),
        preview: { backHref: paths.publish.taskList(String(req.params.id)) },
      })
    },
  }
}
