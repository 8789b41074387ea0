import { Router } from 'express'
import { caseStudiesController } from '../controllers/caseStudiesController'
import { fileDownloadController } from '../controllers/fileDownloadController'
import { documentFilesController } from '../controllers/publish/documentFilesController'
import { caseStudyVersionsController } from '../controllers/caseStudyVersionsController'
import { historyController } from '../controllers/publish/historyController'
import { publishController } from '../controllers/publish/publishController'
import { reviewOutcomesController } from '../controllers/publish/reviewOutcomesController'
import { sectionController } from '../controllers/publish/sectionController'
import { reviewController } from '../controllers/review/reviewController'
import { requireNetworkAdmin, requireVerified } from '../middleware/requireUser'
import { paths } from '../paths'
import type { Services } from '../services'

export function caseStudyRoutes(services: Services): Router {
  const router = Router()
  const publicPages = caseStudiesController(services)
  const publish = publishController(services)
  const sections = sectionController(services)
  const history = historyController(services)
  const review = reviewController(services)
  const files = documentFilesController(services)
  const downloads = fileDownloadController(services)
  const versions = caseStudyVersionsController(services)
  const outcomes = reviewOutcomesController(services)

  router.get(paths.caseStudies.list(), publicPages.list)
  router.get(paths.caseStudies.show(':slug'), publicPages.show)
  router.get(paths.caseStudyVersions.list(':slug'), versions.list)
  router.get(paths.caseStudyVersions.show(':slug', ':number'), versions.show)
  // Anyone may ask; the service answers 404 unless the file is published or the user may edit it.
  router.get(paths.files.download(':fileId', ':name'), downloads.download)

  // Publishers of the lead council and network admins: the services decide (404 for other councils).
  router.get(paths.publish.dashboard(), requireVerified, publish.dashboard)
  router.get(paths.publish.start(), requireVerified, publish.showStart)
  router.post(paths.publish.start(), requireVerified, publish.start)
  router.get(paths.publish.taskList(':id'), requireVerified, publish.taskList)
  router.get(paths.publish.section(':id', ':section'), requireVerified, sections.show)
  router.post(paths.publish.section(':id', ':section'), requireVerified, sections.save)
  router.get(paths.publish.checkAnswers(':id'), requireVerified, publish.checkAnswers)
  router.post(paths.publish.checkAnswers(':id'), requireVerified, publish.submit)
  router.get(paths.publish.preview(':id'), requireVerified, history.preview)
  router.get(paths.publish.history(':id'), requireVerified, history.history)
  router.get(paths.publish.compare(':id'), requireVerified, history.compare)
  router.get(paths.publish.uploadFile(':id'), requireVerified, files.show)
  router.post(paths.publish.uploadFile(':id'), requireVerified, files.upload)
  router.post(paths.publish.removeFile(':id', ':fileId'), requireVerified, files.remove)
  // Publishers (or council admins) of the lead council; the service answers 404 to anyone else.
  router.get(paths.publish.reviewOutcomes(':id'), requireVerified, outcomes.show)
  router.post(paths.publish.reviewOutcomes(':id'), requireVerified, outcomes.confirm)

  router.get(paths.review.queue(), requireNetworkAdmin, review.queue)
  router.get(paths.review.show(':id'), requireNetworkAdmin, review.show)
  router.post(paths.review.decision(':id'), requireNetworkAdmin, review.decide)
  router.post(paths.review.archive(':id'), requireNetworkAdmin, review.archive)
  router.post(paths.review.evidence(':id'), requireNetworkAdmin, review.evidence)
  return router
}
