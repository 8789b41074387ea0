import { Router } from 'express'
import { collectionsAdminController } from '../controllers/admin/collectionsAdminController'
import { collectionsController } from '../controllers/browse/collectionsController'
import { councilsController } from '../controllers/browse/councilsController'
import { themesController } from '../controllers/browse/themesController'
import { requireNetworkAdmin } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

/** Browsing by council, theme and collection, and the curators' collection pages. */
export function browseRoutes(services: Services): Router {
  const router = Router()
  const councils = councilsController(services)
  const themes = themesController(services)
  const collections = collectionsController(services)
  const curate = collectionsAdminController(services)
  const slug = ':slug'
  const caseStudyId = ':caseStudyId'

  // '/councils/:slug/members' (council admins) is a route of its own: these never match it.
  router.get(paths.councils.list(), councils.list)
  router.get(paths.councils.show(slug), councils.show)
  router.get(paths.themes.list(), themes.list)
  router.get(paths.themes.show(slug), themes.show)
  router.get(paths.collections.list(), collections.list)
  router.get(paths.collections.show(slug), collections.show)

  const admin = paths.admin.collections
  router.get(admin.list(), requireNetworkAdmin, curate.list)
  // Before admin.edit(':slug'), which would otherwise take 'new' for a slug.
  router.get(admin.create(), requireNetworkAdmin, curate.showNew)
  router.post(admin.create(), requireNetworkAdmin, curate.create)
  router.get(admin.edit(slug), requireNetworkAdmin, curate.edit)
  router.post(admin.details(slug), requireNetworkAdmin, curate.changeDetails)
  router.post(admin.addCaseStudy(slug), requireNetworkAdmin, curate.add)
  router.post(admin.move(slug, caseStudyId), requireNetworkAdmin, curate.move)
  router.post(admin.remove(slug, caseStudyId), requireNetworkAdmin, curate.remove)
  router.get(admin.delete(slug), requireNetworkAdmin, curate.showDelete)
  router.post(admin.delete(slug), requireNetworkAdmin, curate.delete)
  return router
}
