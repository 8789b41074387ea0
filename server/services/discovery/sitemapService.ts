import { NotFoundError } from '../../errors/httpError'
import type { SitemapAddress } from '../search/catalogueListings'
import type { SearchService } from '../search/searchService'

/** The sitemap protocol's limit (sitemaps.org): at most 50,000 URLs in one file. */
export const SITEMAP_URLS_PER_FILE = 50_000

/**
 * Published case studies for the sitemap, from the search index: addresses and dates only, and
 * the index never holds drafts, archived case studies or contacts.
 */
export function createSitemapService(
  search: Pick<SearchService, 'newest' | 'addresses'>,
  urlsPerFile = SITEMAP_URLS_PER_FILE,
) {
  /** How many case-study files the index lists: at least one (empty while nothing is published). */
  async function fileCount(): Promise<number> {
    const { total } = await search.newest(0)
    return Math.max(1, Math.ceil(total / urlsPerFile))
  }

  return {
    fileCount,

    /**
     * File `file` (from 1) of the published case studies, newest first, read as it is written out.
     * A new publication shifts later files by one, so a crawler reading them one after another
     * may see an address twice at a boundary, which is harmless. A file past the last is not found.
     */
    async caseStudies(file: number): Promise<AsyncGenerator<SitemapAddress>> {
      if (!Number.isInteger(file) || file < 1 || file > (await fileCount())) throw new NotFoundError()
      return search.addresses((file - 1) * urlsPerFile, urlsPerFile)
    },
  }
}

export type SitemapService = ReturnType<typeof createSitemapService>
