import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Request, Response } from 'express'
import { NotFoundError } from '../../errors/httpError'
import { paths } from '../../paths'
import {
  pagesSitemap,
  robotsTxt,
  sitemapIndex,
  sitemapUrl,
  urlsetEnd,
  urlsetStart,
} from '../../presenters/discovery/sitemapPresenter'
import type { Services } from '../../services'

const XML = 'application/xml; charset=utf-8'
const CACHE = 'public, max-age=3600'

export function sitemapController(
  { sitemaps, councils, collections }: Pick<Services, 'sitemaps' | 'councils' | 'collections'>,
  publicBaseUrl: string,
) {
  return {
    robots: (_req: Request, res: Response) => {
      res.set('Cache-Control', CACHE).type('text/plain; charset=utf-8').send(robotsTxt(publicBaseUrl))
    },

    index: async (_req: Request, res: Response) => {
      const files = await sitemaps.fileCount()
      res.set('Cache-Control', CACHE).type(XML).send(sitemapIndex(publicBaseUrl, files))
    },

    pages: async (_req: Request, res: Response) => {
      const browse = {
        councilSlugs: (await councils.all()).map(council => council.slug),
        collectionSlugs: (await collections.listPublic()).map(collection => collection.slug),
      }
      res.set('Cache-Control', CACHE).type(XML).send(pagesSitemap(publicBaseUrl, browse))
    },

    /**
     * One file of up to 50,000 case studies, written as the cursor reads them: with backpressure, so
     * a slow client holds one batch in memory, and the cursor is closed if the client goes away.
     */
    caseStudies: async (req: Request, res: Response) => {
      const file = String(req.params.file)
      // Anything but a plain whole number (0, -1, 1e3, 007, a huge one) names no file.
      if (!/^[1-9][0-9]{0,8}$/.test(file)) throw new NotFoundError()
      const entries = await sitemaps.caseStudies(Number(file))
      async function* xml() {
        yield urlsetStart
        for await (const entry of entries)
          yield sitemapUrl(publicBaseUrl, paths.caseStudies.show(entry.slug), new Date(entry.updatedAt))
        yield urlsetEnd
      }
      res.set('Cache-Control', CACHE).type(XML)
      await pipeline(Readable.from(xml()), res).catch((error: unknown) => {
        // The client went away: the cursor is closed and there is no one left to answer.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error
      })
    },
  }
}
