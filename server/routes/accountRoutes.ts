import { Router } from 'express'
import { accountController } from '../controllers/accountController'
import { accountCouncilController } from '../controllers/accountCouncilController'
import { adminCouncilDomainsController } from '../controllers/admin/councilDomainsController'
import { councilsAdminController } from '../controllers/admin/councilsAdminController'
import { notReviewedController } from '../controllers/admin/notReviewedController'
import { adminLicencesController } from '../controllers/admin/licencesController'
import { searchAdminController } from '../controllers/admin/searchAdminController'
import { adminUsersController } from '../controllers/admin/usersController'
import { councilMembersController } from '../controllers/councilMembersController'
import { requireNetworkAdmin, requireSignIn, requireVerified } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

export function accountRoutes(services: Services): Router {
  const router = Router()
  const account = accountController(services)
  const council = accountCouncilController(services)
  const members = councilMembersController(services)
  const users = adminUsersController(services)
  const domains = adminCouncilDomainsController(services)
  const search = searchAdminController(services)
  const licences = adminLicencesController(services)
  const councilsAdmin = councilsAdminController(services)
  const notReviewed = notReviewedController(services)

  router.get(paths.account.show(), requireSignIn, account.show)
  router.get(paths.account.changeName(), requireSignIn, account.showChangeName)
  router.post(paths.account.changeName(), requireSignIn, account.changeName)
  router.get(paths.account.changePassword(), requireSignIn, account.showChangePassword)
  router.post(paths.account.changePassword(), requireSignIn, account.changePassword)
  router.get(paths.account.download(), requireSignIn, account.download)
  router.get(paths.account.delete(), requireSignIn, account.showDelete)
  router.post(paths.account.delete(), requireSignIn, account.delete)
  router.get(paths.account.deleted(), account.deleted)
  router.get(paths.account.council(), requireVerified, council.show)
  router.post(paths.account.council(), requireVerified, council.submit)

  // Council admins of that council, or network admins: the service decides (403 otherwise).
  router.get(paths.councils.members(':slug'), requireVerified, members.list)
  router.post(paths.councils.decide(':slug', ':userId'), requireVerified, members.decide)
  router.post(paths.councils.roles(':slug', ':userId'), requireVerified, members.setRoles)

  router.get(paths.admin.users(), requireNetworkAdmin, users.list)
  router.post(paths.admin.userStatus(':userId'), requireNetworkAdmin, users.setStatus)
  router.post(paths.admin.membershipDecision(':userId'), requireNetworkAdmin, users.decideMembership)
  router.get(paths.admin.councils(), requireNetworkAdmin, councilsAdmin.list)
  router.get(paths.admin.notReviewed(), requireNetworkAdmin, notReviewed.list)
  router.get(paths.admin.councilDomains(':slug'), requireNetworkAdmin, domains.show)
  router.post(paths.admin.councilDomains(':slug'), requireNetworkAdmin, domains.update)
  router.get(paths.admin.search(), requireNetworkAdmin, search.overview)
  router.get(paths.admin.synonyms(), requireNetworkAdmin, search.showSynonyms)
  router.post(paths.admin.synonyms(), requireNetworkAdmin, search.saveSynonyms)
  router.get(paths.admin.licences(), requireNetworkAdmin, licences.list)
  return router
}
