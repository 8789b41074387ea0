import { THEMES, keysOf } from '../../../models/vocabulary'
import type { CouncilData } from '../../data/councilRepository'
import { paths } from '../../paths'
import type { BrowsePage } from '../../services/search/browseService'
import { govukPagination } from '../pagination'
import { councilSlugs, documentCards } from './caseStudyCards'

export const isTheme = (slug: string): slug is keyof typeof THEMES => Object.hasOwn(THEMES, slug)

const caseStudies = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'case study' : 'case studies'}`

/** Every theme with its published count (from the index's facets), in the list's order. */
export function presentThemeList(counts: Record<string, number> | undefined) {
  return keysOf(THEMES).map(key => ({
    text: THEMES[key].label,
    href: paths.themes.show(key),
    description: THEMES[key].description,
    count: counts ? caseStudies(counts[key] ?? 0) : undefined,
    /** The bare number, for lists that say "case studies" once (visually hidden on each). */
    number: counts ? (counts[key] ?? 0).toLocaleString('en-GB') : undefined,
  }))
}

/** One theme's page: what it covers, how many case studies, a page of them newest first. */
export function presentTheme(key: keyof typeof THEMES, page: BrowsePage, councils: CouncilData[]) {
  return {
    title: THEMES[key].label,
    description: THEMES[key].description,
    count: caseStudies(page.total),
    searchHref: `${paths.caseStudies.list()}?${new URLSearchParams({ theme: key }).toString()}`,
    cards: documentCards(page.hits, councilSlugs(councils)),
    pagination: govukPagination(page.page, page.pageCount, number => paths.themes.show(key, number)),
  }
}
