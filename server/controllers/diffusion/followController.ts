import type { Request, Response } from 'express'
import type { AlertFrequency } from '../../../models/followLists'
import { MAX_SAVED_CASE_STUDIES, MAX_SAVED_SEARCHES } from '../../../models/followLists'
import { NotFoundError } from '../../errors/httpError'
import { formErrors, parseForm, type FormErrors } from '../../forms/formErrors'
import { caseStudyChoiceForm, frequencyForm, saveSearchForm } from '../../forms/followForms'
import { paths } from '../../paths'
import { presentSaved } from '../../presenters/savedPresenter'
import type { Services } from '../../services'

const TITLE = 'Saved case studies and searches'

/** The saved page and the forms on it, on case study pages and on the search page. */
export function followController({ follows, councils }: Pick<Services, 'follows' | 'councils'>) {
  async function renderSaved(req: Request, res: Response, errors?: FormErrors): Promise<void> {
    const saved = presentSaved(await follows.savedBy(req.user), await councils.all())
    res.status(errors ? 400 : 200).render('pages/account/saved', {
      pageTitle: errors ? `Error: ${TITLE}` : TITLE,
      backHref: paths.account.show(),
      saved,
      errors,
    })
  }

  const frequencyFrom = (req: Request): AlertFrequency | undefined => {
    const form = parseForm(frequencyForm, req.body)
    return form.ok ? (form.data.frequency as AlertFrequency) : undefined
  }
  const choiceFrom = (req: Request) => {
    const form = parseForm(caseStudyChoiceForm, req.body)
    if (!form.ok) throw new NotFoundError()
    return form.data
  }
  const returnSlug = caseStudyChoiceForm.shape.slug
  const tooMany = (field: string, text: string) => formErrors([[field, text]])

  return {
    show: (req: Request, res: Response) => renderSaved(req, res),

    saveCaseStudy: async (req: Request, res: Response) => {
      const { caseStudyId, slug } = choiceFrom(req)
      const outcome = await follows.saveCaseStudy(req.user, caseStudyId)
      if (outcome === 'too-many')
        return renderSaved(
          req,
          res,
          tooMany('saved-case-studies', `You can save up to ${MAX_SAVED_CASE_STUDIES} case studies: remove one first`),
        )
      req.session.flash = 'Case study saved'
      res.redirect(slug ? paths.caseStudies.show(slug) : paths.account.saved())
    },

    removeCaseStudy: async (req: Request, res: Response) => {
      const slug = returnSlug.parse((req.body as Record<string, unknown>).slug)
      await follows.removeCaseStudy(req.user, String(req.params.id))
      req.session.flash = 'Case study removed from your saved list'
      res.redirect(slug ? paths.caseStudies.show(slug) : paths.account.saved())
    },

    caseStudyAlerts: async (req: Request, res: Response) => {
      const frequency = frequencyFrom(req)
      if (!frequency)
        return renderSaved(req, res, formErrors([['frequency-case-studies', 'Select how often you want emails']]))
      await follows.setCaseStudyAlerts(req.user, frequency)
      req.session.flash = 'Your alerts for saved case studies have been changed'
      res.redirect(paths.account.saved())
    },

    saveSearch: async (req: Request, res: Response) => {
      const form = parseForm(saveSearchForm, req.body)
      if (!form.ok) return renderSaved(req, res, tooMany('saved-searches', form.errors.list[0]!.text))
      const outcome = await follows.saveSearch(req.user, form.data.query)
      if (outcome === 'too-many')
        return renderSaved(
          req,
          res,
          tooMany('saved-searches', `You can save up to ${MAX_SAVED_SEARCHES} searches: remove one first`),
        )
      req.session.flash = 'Search saved. Choose below whether to get emails about it'
      res.redirect(paths.account.saved())
    },

    searchAlerts: async (req: Request, res: Response) => {
      const id = String(req.params.id)
      const frequency = frequencyFrom(req)
      // Checks the search is theirs before saying anything about its form.
      if (!frequency) {
        await follows.ownSearch(req.user, id)
        return renderSaved(req, res, formErrors([[`frequency-${id}`, 'Select how often you want emails']]))
      }
      await follows.setSearchAlerts(req.user, id, frequency)
      req.session.flash = 'Your alerts for that search have been changed'
      res.redirect(paths.account.saved())
    },

    removeSearch: async (req: Request, res: Response) => {
      await follows.removeSearch(req.user, String(req.params.id))
      req.session.flash = 'Search removed'
      res.redirect(paths.account.saved())
    },
  }
}
