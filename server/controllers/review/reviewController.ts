import type { Request, Response } from 'express'
import { parseForm } from '../../forms/formErrors'
import { archiveForm, decisionForm, evidenceForm } from '../../forms/caseStudyForms'
import { HttpError } from '../../errors/httpError'
import { LicenceNotOpenError } from '../../services/caseStudies/licences'
import { paths } from '../../paths'
import { presentCaseStudy } from '../../presenters/caseStudyPresenter'
import { presentQueue } from '../../presenters/reviewPresenter'
import type { Services } from '../../services'
import { requestContext } from '../../middleware/requestContext'

export function reviewController({
  caseStudyReview,
  caseStudies,
  councils,
  clock,
}: Pick<Services, 'caseStudyReview' | 'caseStudies' | 'councils' | 'clock'>) {
  async function renderReview(req: Request, res: Response, extra: Record<string, unknown> = {}, status = 200) {
    const caseStudy = await caseStudyReview.forReview(req.user, String(req.params.id))
    const view = await caseStudies.presentLatest(caseStudy)
    res.status(status).render('pages/review/show', {
      pageTitle: `${status === 400 ? 'Error: ' : ''}Review: ${view.content.title}`,
      id: caseStudy._id.toString(),
      caseStudy: presentCaseStudy(view),
      diffs: await caseStudies.reviewDiff(caseStudy, req.user),
      changesSinceRequest: await caseStudies.changesSinceRequest(caseStudy, req.user),
      isSubmitted: caseStudy.draft?.reviewState === 'submitted',
      isPublished: Boolean(caseStudy.published),
      isArchived: Boolean(caseStudy.archivedAt),
      hasPublishedVersion: Boolean(caseStudy.published),
      evidenceConfirmed: caseStudy.evidenceConfirmation?.level,
      values: {},
      ...extra,
    })
  }

  return {
    queue: async (req: Request, res: Response) => {
      const queue = await caseStudyReview.queue(req.user)
      const rows = presentQueue(queue, await councils.all(), clock())
      res.render('pages/review/queue', { pageTitle: 'Review queue', rows })
    },

    show: (req: Request, res: Response) => renderReview(req, res),

    decide: async (req: Request, res: Response) => {
      const form = parseForm(decisionForm, req.body)
      if (!form.ok) {
        const errors = form.errors.messages.decision
          ? form.errors
          : { ...form.errors, list: form.errors.list.map(item => ({ ...item, href: '#comment' })) }
        return renderReview(req, res, { errors, values: form.values }, 400)
      }
      const id = String(req.params.id)
      try {
        await caseStudyReview.decide(
          req.user!,
          id,
          form.data.decision,
          typeof form.data.comment === 'string' ? form.data.comment : '',
          requestContext(req),
        )
      } catch (error) {
        if (!(error instanceof LicenceNotOpenError)) throw error
        // Fixed in the section form (curators may edit any case study), or by requesting changes.
        const list = error.problems.map(problem => ({
          text: problem.text,
          href: paths.publish.section(id, problem.sectionId),
        }))
        return renderReview(req, res, { errors: { list, messages: {} }, values: form.data }, 400)
      }
      req.session.flash = { publish: 'Published', 'request-changes': 'Changes requested', reject: 'Rejected' }[
        form.data.decision
      ]
      res.redirect(paths.review.queue())
    },

    archive: async (req: Request, res: Response) => {
      const form = parseForm(archiveForm, req.body)
      if (!form.ok) throw new HttpError(400, 'Select archive or unarchive')
      await caseStudyReview.setArchived(
        req.user!,
        String(req.params.id),
        form.data.archive === 'yes',
        requestContext(req),
      )
      req.session.flash =
        form.data.archive === 'yes'
          ? 'Archived: visitors can no longer see it'
          : 'Unarchived: visitors can see it again'
      res.redirect(paths.review.show(String(req.params.id)))
    },

    evidence: async (req: Request, res: Response) => {
      const form = parseForm(evidenceForm, req.body)
      if (!form.ok) return renderReview(req, res, { errors: form.errors }, 400)
      await caseStudyReview.confirmEvidence(req.user!, String(req.params.id), form.data.level, requestContext(req))
      req.session.flash = 'Evidence level confirmed'
      res.redirect(paths.review.show(String(req.params.id)))
    },
  }
}
