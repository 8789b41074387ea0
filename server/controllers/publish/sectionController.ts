import type { Request, Response } from 'express'
import { fieldId, parseSection, sectionModel, type FormModel, type GroupItem } from '../../forms/caseStudySectionForm'
import { formErrors, type FormErrors } from '../../forms/formErrors'
import { HttpError, NotFoundError } from '../../errors/httpError'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { EditConflictError, SectionValueError } from '../../services/caseStudies/caseStudyEditingService'
import { SECTIONS, sectionById, type Section, type CaseStudyContent } from '../../../models/vocabulary'
import { requestContext } from '../../middleware/requestContext'
import { presentFiles } from '../../presenters/documentFilePresenter'

const VIEW = 'pages/publish/section'
const CONFLICT_MESSAGE =
  'Someone else saved a change to this case study while you were editing. Your changes below have not been saved yet. See the latest version, then save again.'

/** Repeating groups always offer one blank item to fill in, so adding needs no JavaScript. */
function withBlankItems(section: Section, model: FormModel, extraFor?: string): FormModel {
  const shown = { ...model }
  for (const field of section.fields) {
    if (field.kind !== 'group') continue
    const id = fieldId(field.name)
    const items = [...((shown[id] as GroupItem[]) ?? [])]
    const blanks = items.length === 0 || id === extraFor ? 1 : 0
    for (let i = 0; i < blanks && items.length < field.maxItems; i++) items.push({})
    shown[id] = items
  }
  return shown
}

export function sectionController({
  caseStudyEditing,
  caseStudies,
}: Pick<Services, 'caseStudyEditing' | 'caseStudies'>) {
  function sectionFrom(req: Request): Section {
    const section = sectionById(String(req.params.section))
    if (!section) throw new NotFoundError()
    return section
  }

  /** The section's hosted files, if it has a place for them (they are not part of its form). */
  async function filesFor(req: Request, section: Section, content?: CaseStudyContent) {
    if (!section.fields.some(field => field.kind === 'files')) return undefined
    content ??= (await caseStudyEditing.forEditing(req.user, String(req.params.id))).draft.content
    return presentFiles(content.files)
  }

  async function render(
    req: Request,
    res: Response,
    id: string,
    section: Section,
    model: FormModel,
    errors?: FormErrors,
    status = errors ? 400 : 200,
    content?: CaseStudyContent,
  ) {
    const index = SECTIONS.indexOf(section)
    res.status(status).render(VIEW, {
      pageTitle: `${errors ? 'Error: ' : ''}${section.title}`,
      section,
      model,
      errors,
      files: await filesFor(req, section, content),
      uploadHref: paths.publish.uploadFile(id),
      removeAction: (fileId: string) => paths.publish.removeFile(id, fileId),
      action: paths.publish.section(id, section.id),
      backHref: paths.publish.taskList(id),
      stepText: `Section ${index + 1} of ${SECTIONS.length}`,
    })
  }

  return {
    show: async (req: Request, res: Response) => {
      const section = sectionFrom(req)
      const { caseStudy, draft } = await caseStudyEditing.forEditing(req.user, String(req.params.id))
      const slugs = new Map<string, string>()
      if (draft.content.adaptedFrom.caseStudyId) {
        const original = await caseStudies.referenceById(draft.content.adaptedFrom.caseStudyId)
        if (original) slugs.set(draft.content.adaptedFrom.caseStudyId, original.slug)
      }
      const model = sectionModel(section, draft.content, id => slugs.get(id) ?? '')
      await render(
        req,
        res,
        caseStudy._id.toString(),
        section,
        withBlankItems(section, model),
        undefined,
        200,
        draft.content,
      )
    },

    save: async (req: Request, res: Response) => {
      const section = sectionFrom(req)
      const id = String(req.params.id)
      // Every button on the form sends `action`. A body without it (a JSON post, a truncated form)
      // would read as "every field emptied": refuse it rather than wipe the section.
      if (typeof (req.body as Record<string, unknown> | undefined)?.action !== 'string')
        throw new HttpError(400, 'Incomplete form')
      const parsed = parseSection(section, req.body)
      if (parsed.errors) return render(req, res, id, section, withBlankItems(section, parsed.model), parsed.errors)
      try {
        await caseStudyEditing.saveSection(req.user!, id, section, parsed.values, requestContext(req))
      } catch (error) {
        // Someone else's save got in first: show the form again with what this user typed, so
        // nothing is lost, and say where to see the other change before saving again.
        if (error instanceof EditConflictError) {
          const conflict = {
            list: [{ text: CONFLICT_MESSAGE, href: paths.publish.preview(id) }],
            messages: {},
          }
          return render(req, res, id, section, withBlankItems(section, parsed.model), conflict, 409)
        }
        if (!(error instanceof SectionValueError)) throw error
        return render(
          req,
          res,
          id,
          section,
          withBlankItems(section, parsed.model),
          formErrors([[error.field, error.message]]),
        )
      }
      if (parsed.action.kind === 'save') return res.redirect(paths.publish.taskList(id))
      // "Add another" and "Remove" save what was typed and show the section again.
      await render(
        req,
        res,
        id,
        section,
        withBlankItems(section, parsed.model, parsed.action.kind === 'add' ? parsed.action.group : undefined),
      )
    },
  }
}
