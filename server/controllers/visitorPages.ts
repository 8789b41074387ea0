import type { Request, Response } from 'express'
import { searchResultsCache } from '../services/search/searchResultsCache'

// ~100 KB of HTML a page (twice that as a two-byte string): 50 pages stay within about 10 MB.
const MAX_PAGES = 50

/** A kept page, and whether it searched for words: a visit to it is then counted as a search. */
export type KeptPage = { html: string; searchedWords: boolean }

/**
 * Whole search pages as visitors see them, kept by their full address while what they were made
 * from is unchanged (the search service's freshness: index version, councils, vocabulary). Only
 * for visitors with nothing of their own on the page: signed-in people see their name, council and
 * sign-out form, and a one-off message (flash) belongs to one visitor.
 */
export function visitorPages() {
  const pages = searchResultsCache<KeptPage>(MAX_PAGES)
  return {
    /** Whether this request's page is the same for every visitor who asks for its address. */
    sharable: (req: Request, res: Response) =>
      !req.user && !res.locals.flash && (req.method === 'GET' || req.method === 'HEAD'),

    /** The kept page for this address and inputs, if any. */
    find: (req: Request, inputs: readonly unknown[]) => pages.find(req.originalUrl, inputs),

    /** Renders the page, keeps it for the address, and sends it. */
    async renderAndKeep(
      req: Request,
      res: Response,
      inputs: readonly unknown[],
      view: string,
      locals: object,
      about: Omit<KeptPage, 'html'>,
    ) {
      const html = await new Promise<string>((resolve, reject) =>
        res.render(view, locals, (error: Error | null, rendered?: string) =>
          error ? reject(error) : resolve(rendered!),
        ),
      )
      pages.keep(req.originalUrl, inputs, { html, ...about })
      res.send(html)
    },
  }
}
