import type { Request, Response } from 'express'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { formatSynonyms, parseSynonyms } from '../../forms/synonymsForm'
import { formatDateTime } from '../../presenters/formatDate'
import { presentZeroResultSearches } from '../../presenters/searchAdminPresenter'
import { renderForm } from '../render'
import { requestContext } from '../../middleware/requestContext'

const SYNONYMS_VIEW = 'pages/admin/synonyms'
const SYNONYMS_TITLE = 'Search synonyms'

/** Network admins: the index's health, searches that found nothing, and the synonym list. */
export function searchAdminController({ searchAdmin, synonyms }: Pick<Services, 'searchAdmin' | 'synonyms'>) {
  return {
    overview: async (req: Request, res: Response) => {
      const { status, zeroResultSearches } = await searchAdmin.overview(req.user)
      res.render('pages/admin/search', {
        pageTitle: 'Search settings',
        status,
        builtAt: formatDateTime('builtAt' in status ? status.builtAt : undefined),
        zeroResultSearches: presentZeroResultSearches(zeroResultSearches),
      })
    },

    showSynonyms: async (req: Request, res: Response) => {
      const vocabulary = await synonyms.list(req.user)
      renderForm(res, SYNONYMS_VIEW, { title: SYNONYMS_TITLE, values: { synonyms: formatSynonyms(vocabulary) } })
    },

    saveSynonyms: async (req: Request, res: Response) => {
      await synonyms.list(req.user) // authorise before reading the form
      const body = (req.body ?? {}) as Record<string, unknown>
      const text = typeof body.synonyms === 'string' ? body.synonyms : ''
      const { vocabulary, problems } = parseSynonyms(text)
      if (problems.length) {
        const errors = {
          list: problems.map(problem => ({ text: problem.text, href: '#synonyms' })),
          messages: { synonyms: { text: problems.map(problem => problem.text).join('. ') } },
        }
        return renderForm(res, SYNONYMS_VIEW, { title: SYNONYMS_TITLE, errors, values: { synonyms: text } })
      }
      await synonyms.save(req.user, vocabulary, requestContext(req))
      req.session.flash = `Synonyms saved: ${vocabulary.groups.length + vocabulary.oneWay.length} lines`
      res.redirect(paths.admin.search())
    },
  }
}
