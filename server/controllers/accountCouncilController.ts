import type { Request, Response } from 'express'
import { chooseCouncilForm } from '../forms/accountForms'
import { parseForm } from '../forms/formErrors'
import { paths } from '../paths'
import { presentAccount } from '../presenters/accountPresenter'
import type { Services } from '../services'
import { renderForm } from './render'
import { requestContext } from '../middleware/requestContext'

const VIEW = 'pages/account/council'

/** Joining a council: pick among councils sharing your email domain, or ask a council to let you join. */
export function accountCouncilController({ councils, membership }: Pick<Services, 'councils' | 'membership'>) {
  async function page(req: Request) {
    const all = await councils.all()
    const account = presentAccount(req.user!, all)
    const heading = account.domainChoices.length > 0 ? 'Choose your council' : 'Ask to join your council'
    return {
      title: heading,
      heading,
      account,
      options:
        account.domainChoices.length > 0
          ? account.domainChoices
          : all.map(council => ({ code: council.gssCode, name: council.name })),
    }
  }

  return {
    show: async (req: Request, res: Response) => renderForm(res, VIEW, await page(req)),

    submit: async (req: Request, res: Response) => {
      const form = parseForm(chooseCouncilForm, req.body)
      const locals = await page(req)
      if (!form.ok) return renderForm(res, VIEW, { ...locals, ...form })
      const user = req.user!
      if (user.domainCouncilChoices.includes(form.data.councilCode)) {
        await membership.chooseDomainCouncil(user, form.data.councilCode, requestContext(req))
        req.session.flash = 'You are now a member of your council'
      } else {
        await membership.requestToJoin(user, form.data.councilCode, requestContext(req))
        req.session.flash = "Your request has been sent. We'll email you when the council's administrators have decided"
      }
      res.redirect(paths.account.show())
    },
  }
}
