import type { CaseStudyRepository } from '../../data/caseStudyRepository'
import { NotFoundError } from '../../errors/httpError'

/** The sitemap protocol's limit (sitemaps.org): at most 50,000 URLs in one file. */
export const SITEMAP_URLS_PER_FILE = 50_000

/** Published case studies for the sitemap: addresses and dates only, nothing from drafts or contacts. */
export function createSitemapService(
  repository: Pick<CaseStudyRepository, 'countPublished' | 'publishedSlugs'>,
  urlsPerFile = SITEMAP_URLS_PER_FILE,
) {
  /** How many case-study files the index lists: at least one (empty while nothing is published). */
  async function fileCount(): Promise<number> {
    return Math.max(1, Math.ceil((await repository.countPublished()) / urlsPerFile))
  }

  return {
    fileCount,

    /**
     * File `file` (from 1) of the published case studies, read from a cursor as it is written out,
     * so memory holds one batch however large the catalogue. A file past the last is not found.
     */
    async caseStudies(file: number): Promise<AsyncGenerator<{ slug: string; publishedAt: Date }>> {
      if (!Number.isInteger(file) || file < 1 || file > (await fileCount())) throw new NotFoundError()
      return repository.publishedSlugs((file - 1) * urlsPerFile, urlsPerFile)
    },
  }
}

export type SitemapService = ReturnType<typeof createSitemapService>
