import type { NextFunction, Request, Response } from 'express'
import { presentCurrentUser } from '../presenters/currentUserPresenter'
import { presentNavigation } from '../presenters/navigationPresenter'
import type { Services } from '../services'
import { activeCouncilOf } from '../services/authorisation'

/** What every page's layout needs: who is signed in, and a one-off success message. */
export function viewLocals(services: Pick<Services, 'councils'>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    res.locals.currentPath = req.path
    // The look-up happens here, so the presenter stays a pure function of what it is given.
    const code = activeCouncilOf(req.user)
    const council = code ? await services.councils.findByGssCode(code) : undefined
    const currentUser = req.user ? presentCurrentUser(req.user, council) : undefined
    res.locals.currentUser = currentUser
    res.locals.navigation = presentNavigation(currentUser, req.path)
    if (req.session?.flash) {
      res.locals.flash = req.session.flash
      delete req.session.flash
    }
    next()
  }
}
