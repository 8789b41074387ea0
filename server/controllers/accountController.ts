import type { NextFunction, Request, Response } from 'express'
import { changeNameForm, changePasswordForm, deleteAccountForm } from '../forms/accountForms'
import { parseForm } from '../forms/formErrors'
import { paths } from '../paths'
import { presentAccount } from '../presenters/accountPresenter'
import type { Services } from '../services'
import { renderForm, renderFormError } from './render'
import { requestContext } from '../middleware/requestContext'

export function accountController({ accounts, councils }: Pick<Services, 'accounts' | 'councils'>) {
  return {
    show: async (req: Request, res: Response) => {
      res.render('pages/account/show', {
        pageTitle: 'Your account',
        account: presentAccount(req.user!, await councils.all()),
      })
    },

    showChangeName: (req: Request, res: Response) =>
      renderForm(res, 'pages/account/changeName', { title: 'Change your name', values: { name: req.user!.name } }),

    changeName: async (req: Request, res: Response) => {
      const form = parseForm(changeNameForm, req.body)
      if (!form.ok) return renderForm(res, 'pages/account/changeName', { title: 'Change your name', ...form })
      await accounts.changeName(req.user!, form.data.name, requestContext(req))
      req.session.flash = 'Your name has been changed'
      res.redirect(paths.account.show())
    },

    showChangePassword: (_req: Request, res: Response) =>
      renderForm(res, 'pages/account/changePassword', { title: 'Change your password' }),

    changePassword: async (req: Request, res: Response) => {
      const page = { title: 'Change your password' }
      const form = parseForm(changePasswordForm, req.body)
      if (!form.ok) return renderForm(res, 'pages/account/changePassword', { ...page, ...form, values: {} })
      const outcome = await accounts.changePassword(
        req.user!,
        form.data.currentPassword,
        form.data.newPassword,
        requestContext(req),
      )
      if (outcome === 'wrong-password') {
        return renderFormError(
          res,
          'pages/account/changePassword',
          page,
          'currentPassword',
          'Your current password is not correct',
        )
      }
      req.session.flash = 'Your password has been changed'
      res.redirect(paths.account.show())
    },

    download: async (req: Request, res: Response) => {
      const data = await accounts.exportData(req.user!)
      res
        .set('Cache-Control', 'no-store')
        .attachment('practice-exchange-your-data.json')
        .type('application/json')
        .send(JSON.stringify(data, null, 2))
    },

    showDelete: (_req: Request, res: Response) =>
      renderForm(res, 'pages/account/delete', { title: 'Delete your account' }),

    delete: async (req: Request, res: Response, next: NextFunction) => {
      const page = { title: 'Delete your account' }
      const form = parseForm(deleteAccountForm, req.body)
      if (!form.ok) return renderForm(res, 'pages/account/delete', { ...page, ...form, values: {} })
      const outcome = await accounts.deleteAccount(req.user!, form.data.password, requestContext(req))
      if (outcome === 'wrong-password')
        return renderFormError(res, 'pages/account/delete', page, 'password', 'Your password is not correct')
      req.logout(error => (error ? next(error) : res.redirect(paths.account.deleted())))
    },

    deleted: (_req: Request, res: Response) =>
      res.render('pages/account/deleted', { pageTitle: 'Your account has been deleted' }),
  }
}
