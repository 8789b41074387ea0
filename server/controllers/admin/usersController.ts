import type { Request, Response } from 'express'
import { userStatusForm } from '../../forms/accountForms'
import { parseForm } from '../../forms/formErrors'
import { HttpError } from '../../errors/httpError'
import { paths } from '../../paths'
import type { Services } from '../../services'
import { requestContext } from '../../middleware/requestContext'

export function adminUsersController({ userAdmin, councils }: Pick<Services, 'userAdmin' | 'councils'>) {
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
      res.render('pages/admin/users', { pageTitle: 'Users', query, rows })
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
