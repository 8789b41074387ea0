import type { Request, Response } from 'express'
import { presentLicenceChecks } from '../../presenters/licenceChecksPresenter'
import type { Services } from '../../services'

/** Network admins: case studies still under a licence no longer offered, each with where to fix it. */
export function adminLicencesController({ licenceChecks }: Pick<Services, 'licenceChecks'>) {
  return {
    list: async (req: Request, res: Response) => {
      const checks = await licenceChecks.notOpen(req.user)
      res.render('pages/admin/licences', { pageTitle: 'Licences', rows: presentLicenceChecks(checks) })
    },
  }
}
