import type { Request, Response } from 'express'
import { memberDecisionForm, userStatusForm } from '../../forms/accountForms'
import { parseForm } from '../../forms/formErrors'
import { HttpError } from '../../errors/httpError'
import { paths } from '../../paths'
import { formatDate } from '../../presenters/formatDate'
import type { Services } from '../../services'
import { requestContext } from '../../middleware/requestContext'

export function adminUsersController({
  userAdmin,
  councils,
  membership,
}: Pick<Services, 'userAdmin' | 'councils' | 'membership'>) {
  const councilOf = async (code: string | undefined) => (code ? await councils.findByGssCode(code) : undefined)
  return {
    list: async (req: Request, res: Response) => {
      const query = typeof req.query.email === 'string' ? req.query.email.slice(0, 254) : ''
      const users = await userAdmin.search(req.user, query)
      const rows = await Promise.all(
        users.map(async user => ({
          id: user._id.toString(),
          name: user.name,
          email: user.email,
          council: user.membership ? (await councils.findByGssCode(user.membership.councilCode))?.name : undefined,
          membershipStatus: user.membership?.status,
          verified: Boolean(user.emailVerifiedAt),
          disabled: Boolean(user.disabledAt),
          isNetworkAdmin: user.isNetworkAdmin,
          statusAction: paths.admin.userStatus(user._id.toString()),
        })),
      )
      // Requests to join any council: the only way in for one that has no council admin yet.
      const pending = await Promise.all(
        (await membership.pendingRequests(req.user)).map(async user => {
          const council = await councilOf(user.membership?.councilCode)
          return {
            name: user.name,
            email: user.email,
            council: council?.name ?? user.membership?.councilCode,
            membersHref: council ? paths.councils.members(council.slug) : undefined,
            requestedOn: formatDate(user.membership?.requestedAt),
            decideAction: paths.admin.membershipDecision(user._id.toString()),
          }
        }),
      )
      res.render('pages/admin/users', { pageTitle: 'Users', query, rows, pending })
    },

    decideMembership: async (req: Request, res: Response) => {
      const form = parseForm(memberDecisionForm, req.body)
      if (!form.ok) throw new HttpError(400, 'Select approve or decline')
      const approve = form.data.decision === 'approve'
      const member = await membership.decideAsNetworkAdmin(
        req.user!,
        String(req.params.userId),
        approve,
        requestContext(req),
      )
      req.session.flash = `${member.name}’s request ${approve ? 'approved' : 'declined'}`
      res.redirect(paths.admin.users())
    },

    setStatus: async (req: Request, res: Response) => {
      const form = parseForm(userStatusForm, req.body)
      if (!form.ok) throw new HttpError(400, 'Select a status')
      const user = await userAdmin.setDisabled(
        req.user,
        String(req.params.userId),
        form.data.status === 'disabled',
        requestContext(req),
      )
      req.session.flash = `${user.email} has been ${form.data.status}`
      res.redirect(paths.admin.users())
    },
  }
}
