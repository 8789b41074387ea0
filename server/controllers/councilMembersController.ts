import type { Request, Response } from 'express'
import { memberDecisionForm, memberRolesForm } from '../forms/accountForms'
import { parseForm } from '../forms/formErrors'
import { HttpError } from '../errors/httpError'
import { paths } from '../paths'
import { presentMembers } from '../presenters/membersPresenter'
import type { Services } from '../services'
import { requestContext } from '../middleware/requestContext'

/** Council admins (and network admins) approving requests and granting roles. */
export function councilMembersController({ councils, membership }: Pick<Services, 'councils' | 'membership'>) {
  return {
    list: async (req: Request, res: Response) => {
      const council = await councils.getBySlug(String(req.params.slug))
      const members = await membership.listMembers(req.user!, council.gssCode)
      res.render('pages/councils/members', {
        pageTitle: `Members of ${council.name}`,
        council,
        ...presentMembers(members, council.slug, req.user!._id.toString()),
      })
    },

    decide: async (req: Request, res: Response) => {
      const council = await councils.getBySlug(String(req.params.slug))
      const form = parseForm(memberDecisionForm, req.body)
      if (!form.ok) throw new HttpError(400, 'Select approve or decline')
      const approve = form.data.decision === 'approve'
      await membership.decide(req.user!, council.gssCode, String(req.params.userId), approve, requestContext(req))
      req.session.flash = approve ? 'Request approved' : 'Request declined'
      res.redirect(paths.councils.members(council.slug))
    },

    setRoles: async (req: Request, res: Response) => {
      const council = await councils.getBySlug(String(req.params.slug))
      const form = parseForm(memberRolesForm, req.body)
      if (!form.ok) throw new HttpError(400, 'Bad roles')
      await membership.setRoles(req.user!, council.gssCode, String(req.params.userId), form.data, requestContext(req))
      req.session.flash = 'Roles updated'
      res.redirect(paths.councils.members(council.slug))
    },
  }
}
