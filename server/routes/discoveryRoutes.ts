import { Router } from 'express'
import { feedsController } from '../controllers/discovery/feedsController'
import { sitemapController } from '../controllers/discovery/sitemapController'
import { paths } from '../paths'
import type { Services } from '../services'

/**
 * Feeds, sitemaps and robots.txt: for feed readers and search engines. The feeds come before the
 * case study pages in app.ts, or '/case-studies/:slug' would take 'feed.atom' for a slug.
 */
export function discoveryRoutes(services: Services, publicBaseUrl: string): Router {
  const router = Router()
  const feeds = feedsController(services, publicBaseUrl)
  const sitemaps = sitemapController(services, publicBaseUrl)

  router.get(paths.robots(), sitemaps.robots)
  router.get(paths.sitemaps.index(), sitemaps.index)
  router.get(paths.sitemaps.pages(), sitemaps.pages)
  router.get(paths.sitemaps.caseStudies(':file'), sitemaps.caseStudies)
  router.get(paths.feeds.newest(), feeds.newest)
  router.get(paths.feeds.search(), feeds.search)
  return router
}
