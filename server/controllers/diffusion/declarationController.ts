import type { Request, Response } from 'express'
import { declarationForm } from '../../forms/declarationForm'
import { parseForm, type FormErrors } from '../../forms/formErrors'
import { requestContext } from '../../middleware/requestContext'
import { paths } from '../../paths'
import { presentDeclarationPage } from '../../presenters/diffusion/declarationPresenter'
import type { Services } from '../../services'
import { renderForm } from '../render'

const VIEW = 'pages/diffusion/declaration'

export function declarationController({ declarations }: Pick<Services, 'declarations'>) {
  async function renderPage(
    req: Request,
    res: Response,
    form?: { errors: FormErrors; values: Record<string, unknown> },
  ) {
    const page = presentDeclarationPage(await declarations.formFor(req.user, String(req.params.slug)))
    const current = page.current ? { status: page.current.status.toLowerCase(), note: page.current.note } : {}
    renderForm(res, VIEW, {
      title: `Is your council using ${page.caseStudy.title}?`,
      page,
      errors: form?.errors,
      values: form?.values ?? current,
    })
  }

  return {
    show: (req: Request, res: Response) => renderPage(req, res),

    declare: async (req: Request, res: Response) => {
      const form = parseForm(declarationForm, req.body)
      if (!form.ok) return renderPage(req, res, form)
      const slug = String(req.params.slug)
      const { changed } = await declarations.declare(req.user!, slug, form.data, requestContext(req))
      req.session.flash = changed ? 'Your council’s declaration has been saved' : 'Nothing has changed'
      res.redirect(paths.diffusion.declaration(slug))
    },

    withdraw: async (req: Request, res: Response) => {
      const slug = String(req.params.slug)
      const { withdrawn } = await declarations.withdraw(req.user!, slug, requestContext(req))
      req.session.flash = withdrawn
        ? 'Your council’s declaration has been withdrawn'
        : 'Your council had no declaration to withdraw'
      res.redirect(paths.caseStudies.show(slug))
    },

    publishYourVersion: async (req: Request, res: Response) => {
      const id = await declarations.startAdaptation(req.user!, String(req.params.slug), requestContext(req))
      res.redirect(paths.publish.taskList(id))
    },
  }
}
