import type { NextFunction, Request, Response } from 'express'
import { paths } from '../paths'
import { isPrivatePath } from '../presenters/discovery/sitemapPresenter'
import { isTokenPath } from '../tokenPaths'

/** The catalogue's own feed, offered in the head of every public page (the home page above all). */
const NEWEST_FEED = { title: 'Practice Exchange: newly published case studies', href: paths.feeds.newest() }

/**
 * Every public page's canonical address (its path without a trailing slash or a query string:
 * tracking parameters and the like) and the site feed, for the layout's head. A page whose query
 * string matters (search) or whose address has a preferred form (a case study) sets its own.
 * Private areas and emailed-link pages get neither: they are not for search engines.
 */
export function pageLinks(req: Request, res: Response, next: NextFunction): void {
  const readable = req.method === 'GET' || req.method === 'HEAD'
  if (readable && !isPrivatePath(req.path) && !isTokenPath(req.path)) {
    res.locals.canonicalPath = req.path.replace(/\/+$/, '') || paths.home()
    res.locals.feedLinks = [NEWEST_FEED]
  }
  next()
}
