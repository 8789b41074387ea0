import { createHash } from 'node:crypto'
import type { Request, Response } from 'express'
import { parseSearch } from '../../forms/searchForm'
import { paths } from '../../paths'
import { presentAtomFeed, type AtomFeed } from '../../presenters/discovery/atomFeedPresenter'
import { feedState, searchFeedPath, searchFeedTitle } from '../../presenters/discovery/searchLinksPresenter'
import { searchUrl } from '../../presenters/searchUrl'
import type { Services } from '../../services'

/** Entries in a feed: enough for a reader polling daily; older ones are a search away. */
export const FEED_ENTRIES = 50

/**
 * Sends a feed with validators, so a reader that polls gets 304 Not Modified until something new
 * is published (Express answers the conditional request from the ETag and Last-Modified set here).
 */
function sendFeed(res: Response, feed: AtomFeed): void {
  const { xml, lastModified } = presentAtomFeed(feed)
  const digest = createHash('sha256').update(xml).digest('base64url')
  res.set({
    'Content-Type': 'application/atom+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
    ETag: `"${digest}"`,
    'Last-Modified': lastModified.toUTCString(),
  })
  res.send(xml)
}

export function feedsController({ search, councils }: Pick<Services, 'search' | 'councils'>, publicBaseUrl: string) {
  return {
    /** Newly published case studies, newest first publication first. */
    newest: async (_req: Request, res: Response) => {
      const { hits } = await search.newest(FEED_ENTRIES)
      sendFeed(res, {
        baseUrl: publicBaseUrl,
        title: 'Practice Exchange: newly published case studies',
        selfPath: paths.feeds.newest(),
        pagePath: searchUrl({ text: '', filters: {}, sort: 'newest', page: 1, likeBy: 'global', likeSlug: '' }),
        documents: hits,
      })
    },

    /**
     * Any search, from the search page's own query string, newest first. Like the page, it never
     * fails on a bad parameter: what cannot be used is left out. The feed follows only what is in
     * its address, never who fetched it, so everyone polling one address gets the same feed.
     */
    search: async (req: Request, res: Response) => {
      const { params, likeSlug } = parseSearch(req.query)
      const likeCouncil = await councils.findBySlug(likeSlug)
      const state = feedState({ ...params, likeSlug: likeCouncil?.slug ?? '' })
      const documents = await search.feed({ ...params, likeCouncil: likeCouncil?.gssCode }, FEED_ENTRIES)
      sendFeed(res, {
        baseUrl: publicBaseUrl,
        title: searchFeedTitle(state),
        selfPath: searchFeedPath(state),
        pagePath: searchUrl({ ...state, sort: 'newest' }),
        documents,
      })
    },
  }
}
