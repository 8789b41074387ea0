import type { Request, Response } from 'express'
import { ADD_PROBLEMS, addCaseStudyForm, collectionDetailsForm, moveForm } from '../../forms/collectionForms'
import { parseForm, type FormErrors } from '../../forms/formErrors'
import { HttpError, NotFoundError } from '../../errors/httpError'
import { paths } from '../../paths'
import { presentCuratorCollection, presentCuratorList } from '../../presenters/browse/collectionPresenter'
import type { Services } from '../../services'
import { renderForm } from '../render'
import { requestContext } from '../../middleware/requestContext'

const EDIT_VIEW = 'pages/admin/collections/edit'
const NEW_VIEW = 'pages/admin/collections/new'
const NEW_TITLE = 'Create a collection'

const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>

/** Network admins curate collections and the featured list (the services authorise again). */
export function collectionsAdminController({ collections, curation }: Pick<Services, 'collections' | 'curation'>) {
  /** The edit page, with the errors and values of whichever of its forms was sent. */
  async function renderEdit(
    req: Request,
    res: Response,
    form?: { errors: FormErrors; values: Record<string, unknown> },
  ) {
    const collection = presentCuratorCollection(await collections.forCurators(req.user, String(req.params.slug)))
    renderForm(res, EDIT_VIEW, {
      title: collection.featured ? collection.title : `Collection: ${collection.title}`,
      collection,
      errors: form?.errors,
      values: { title: collection.title, description: collection.description, ...form?.values },
    })
  }

  // The session is saved before the redirect goes out (middleware/saveSessionBeforeRedirect.ts).
  const backToEdit = (req: Request, res: Response, flash: string, anchor = '') => {
    req.session.flash = flash
    res.redirect(`${paths.admin.collections.edit(String(req.params.slug))}${anchor}`)
  }

  return {
    list: async (req: Request, res: Response) => {
      const rows = presentCuratorList(await collections.listForCurators(req.user))
      res.render('pages/admin/collections/index', { pageTitle: 'Collections', rows })
    },

    showNew: (_req: Request, res: Response) => renderForm(res, NEW_VIEW, { title: NEW_TITLE }),

    create: async (req: Request, res: Response) => {
      const form = parseForm(collectionDetailsForm, req.body)
      if (!form.ok) return renderForm(res, NEW_VIEW, { title: NEW_TITLE, ...form })
      const slug = await curation.create(req.user, form.data, requestContext(req))
      req.session.flash = `Collection created: ${form.data.title}`
      res.redirect(paths.admin.collections.edit(slug))
    },

    edit: (req: Request, res: Response) => renderEdit(req, res),

    changeDetails: async (req: Request, res: Response) => {
      const form = parseForm(collectionDetailsForm, req.body)
      if (!form.ok) return renderEdit(req, res, form)
      await curation.changeDetails(req.user, String(req.params.slug), form.data, requestContext(req))
      backToEdit(req, res, 'Title and description saved')
    },

    add: async (req: Request, res: Response) => {
      const form = parseForm(addCaseStudyForm, req.body)
      if (!form.ok) return renderEdit(req, res, form)
      const outcome = await curation.add(req.user, String(req.params.slug), form.data.reference, requestContext(req))
      if ('problem' in outcome) {
        const text = ADD_PROBLEMS[outcome.problem]
        const errors = { list: [{ text, href: '#reference' }], messages: { reference: { text } } }
        return renderEdit(req, res, { errors, values: { reference: body(req).reference } })
      }
      backToEdit(req, res, `Added: ${outcome.added}`)
    },

    move: async (req: Request, res: Response) => {
      const form = parseForm(moveForm, req.body)
      if (!form.ok) throw new HttpError(400, 'Select move up or move down')
      const id = String(req.params.caseStudyId)
      await curation.move(req.user, String(req.params.slug), id, form.data.direction, requestContext(req))
      backToEdit(req, res, `Moved ${form.data.direction}`, `#item-${id}`)
    },

    remove: async (req: Request, res: Response) => {
      await curation.remove(req.user, String(req.params.slug), String(req.params.caseStudyId), requestContext(req))
      backToEdit(req, res, 'Case study removed from the list')
    },

    showDelete: async (req: Request, res: Response) => {
      const collection = presentCuratorCollection(await collections.forCurators(req.user, String(req.params.slug)))
      if (collection.featured) throw new NotFoundError()
      renderForm(res, 'pages/admin/collections/delete', { title: `Delete ${collection.title}`, collection })
    },

    delete: async (req: Request, res: Response) => {
      await curation.delete(req.user, String(req.params.slug), requestContext(req))
      req.session.flash = 'Collection deleted'
      res.redirect(paths.admin.collections.list())
    },
  }
}
