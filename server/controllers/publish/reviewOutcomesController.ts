import type { Request, Response } from 'express'
import { fieldLabel } from '../../../models/vocabulary/fieldLabels'
import { requestContext } from '../../middleware/requestContext'
import { paths } from '../../paths'
import { formatDate } from '../../presenters/formatDate'
import type { Services } from '../../services'

/** Where a freshness reminder leads: confirm the outcomes still hold, or go and update them. */
export function reviewOutcomesController({ freshness }: Pick<Services, 'freshness'>) {
  return {
    show: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      const { caseStudy, lastReviewedAt, canUpdate } = await freshness.forConfirmation(req.user, id)
      res.render('pages/publish/reviewOutcomes', {
        pageTitle: 'Are the outcomes still right?',
        id,
        title: caseStudy.published!.content.title,
        outcomes: caseStudy.published!.content.outcomes,
        outcomesLabel: fieldLabel('outcomes'),
        publicHref: paths.caseStudies.show(caseStudy.slug),
        lastReviewed: formatDate(lastReviewedAt),
        updateHref: canUpdate ? paths.publish.taskList(id) : undefined,
      })
    },

    confirm: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      await freshness.confirm(req.user, id, requestContext(req))
      req.session.flash = 'Thank you: the case study now shows it was reviewed today'
      res.redirect(paths.publish.reviewOutcomes(id))
    },
  }
}
