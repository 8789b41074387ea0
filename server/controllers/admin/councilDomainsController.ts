import type { Request, Response } from 'express'
import { emailDomainForm } from '../../forms/accountForms'
import { parseForm } from '../../forms/formErrors'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { renderForm } from '../render'
import { requestContext } from '../../middleware/requestContext'

const VIEW = 'pages/admin/councilDomains'

/** Network admins add the email domains a council's staff use besides its website domain. */
export function adminCouncilDomainsController({ councils }: Pick<Services, 'councils'>) {
  return {
    show: async (req: Request, res: Response) => {
      const council = await councils.getBySlug(String(req.params.slug))
      renderForm(res, VIEW, { title: `Email domains for ${council.name}`, council })
    },

    update: async (req: Request, res: Response) => {
      const council = await councils.getBySlug(String(req.params.slug))
      const body = (req.body ?? {}) as Record<string, unknown>
      if (typeof body.remove === 'string') {
        await councils.changeExtraEmailDomain(req.user, council.gssCode, body.remove, 'remove', requestContext(req))
        req.session.flash = `${body.remove} removed`
        return res.redirect(paths.admin.councilDomains(council.slug))
      }
      const form = parseForm(emailDomainForm, body)
      if (!form.ok) return renderForm(res, VIEW, { title: `Email domains for ${council.name}`, council, ...form })
      await councils.changeExtraEmailDomain(req.user, council.gssCode, form.data.domain, 'add', requestContext(req))
      req.session.flash = `${form.data.domain} added`
      res.redirect(paths.admin.councilDomains(council.slug))
    },
  }
}
