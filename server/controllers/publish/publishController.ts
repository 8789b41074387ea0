import type { Request, Response } from 'express'
import { startCaseStudyForm } from '../../forms/caseStudyForms'
import { parseForm, type FormErrors } from '../../forms/formErrors'
import type { CaseStudyContent } from '../../../models/vocabulary'
import { paths } from '../../paths'
import { describeState, presentAnswers, presentTaskList } from '../../presenters/taskListPresenter'
import type { Services } from '../../services'
import { renderForm } from '../render'
import { requestContext } from '../../middleware/requestContext'

const CHECK_ANSWERS_TITLE = 'Check your answers before submitting'

export function publishController({
  caseStudyEditing,
  caseStudies,
}: Pick<Services, 'caseStudyEditing' | 'caseStudies'>) {
  async function renderCheckAnswers(res: Response, id: string, content: CaseStudyContent, errors?: FormErrors) {
    res.status(errors ? 400 : 200).render('pages/publish/checkAnswers', {
      pageTitle: errors ? `Error: ${CHECK_ANSWERS_TITLE}` : CHECK_ANSWERS_TITLE,
      id,
      sections: presentAnswers(id, content, await caseStudies.titlesFor([content])),
      errors,
    })
  }

  return {
    dashboard: async (req: Request, res: Response) => {
      const caseStudies = await caseStudyEditing.listForCouncil(req.user!)
      res.render('pages/publish/dashboard', {
        pageTitle: 'Your council’s case studies',
        rows: caseStudies.map(caseStudy => ({
          title: (caseStudy.draft ?? caseStudy.published)!.content.title,
          href: paths.publish.taskList(caseStudy._id.toString()),
          state: describeState(caseStudy),
        })),
      })
    },

    showStart: (req: Request, res: Response) => {
      caseStudyEditing.assertCanStart(req.user)
      renderForm(res, 'pages/publish/start', { title: 'Start a case study' })
    },

    start: async (req: Request, res: Response) => {
      const form = parseForm(startCaseStudyForm, req.body)
      if (!form.ok) return renderForm(res, 'pages/publish/start', { title: 'Start a case study', ...form })
      const caseStudy = await caseStudyEditing.create(req.user!, form.data.title, requestContext(req))
      res.redirect(paths.publish.taskList(caseStudy._id.toString()))
    },

    taskList: async (req: Request, res: Response) => {
      const { caseStudy, draft } = await caseStudyEditing.forEditing(req.user, String(req.params.id))
      res.render('pages/publish/taskList', {
        pageTitle: draft.content.title || 'Case study',
        task: presentTaskList(caseStudy, draft),
      })
    },

    checkAnswers: async (req: Request, res: Response) => {
      const { caseStudy, draft } = await caseStudyEditing.forEditing(req.user, String(req.params.id))
      await renderCheckAnswers(res, caseStudy._id.toString(), draft.content)
    },

    submit: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      const result = await caseStudyEditing.submit(req.user!, id, requestContext(req))
      if (result.outcome === 'submitted') {
        req.session.flash = 'Submitted for review. We will email you when a curator has decided.'
        return res.redirect(paths.publish.taskList(id))
      }
      const list = result.problems.map(problem => ({
        text: problem.text,
        href: paths.publish.section(id, problem.sectionId),
      }))
      await renderCheckAnswers(res, id, result.content, { list, messages: {} })
    },
  }
}
