import { THEMES, keysOf } from '../../../models/vocabulary'
import { paths } from '../../paths'
import { element, isoDate } from './xml'

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
const SITEMAP_NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/**
 * Areas for signed-in users only: search engines are asked to keep out of them (robots.txt) and
 * their pages carry no canonical link. The JSON API under /api stays open to crawlers.
 */
export const PRIVATE_AREAS = [paths.account.show(), paths.publish.dashboard(), paths.review.queue(), '/admin']

/** Whether a path is in one of the private areas (the area itself, or anything under it). */
// A council's members page sits under its public page, so it is known by its shape. (Crawlers
// cannot reach it: it asks them to sign in.)
const MEMBERS_PAGE = /^\/councils\/[^/]+\/members(\/|$)/

export const isPrivatePath = (path: string) =>
  PRIVATE_AREAS.some(area => path === area || path.startsWith(`${area}/`)) || MEMBERS_PAGE.test(path)

/** The public pages that are not case studies or browse pages. */
const PAGES = [paths.home(), paths.caseStudies.list(), paths.aboutTheData(), paths.councilsLikeMine(), paths.api.page()]

export const urlsetStart = `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NAMESPACE}">\n`
export const urlsetEnd = '</urlset>\n'

/** One <url>, with the date its content last changed when known. */
export const sitemapUrl = (baseUrl: string, path: string, lastModified?: Date): string =>
  `<url>${element('loc', `${baseUrl}${path}`)}${lastModified ? element('lastmod', isoDate(lastModified)) : ''}</url>\n`

/** The sitemap index: the pages file, then one file per 50,000 published case studies. */
export function sitemapIndex(baseUrl: string, caseStudyFiles: number): string {
  const files = [
    paths.sitemaps.pages(),
    ...Array.from({ length: caseStudyFiles }, (_, index) => paths.sitemaps.caseStudies(index + 1)),
  ]
  const entries = files.map(path => `<sitemap>${element('loc', `${baseUrl}${path}`)}</sitemap>\n`)
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NAMESPACE}">\n${entries.join('')}</sitemapindex>\n`
}

/** The pages file: fixed pages, then every theme, council and public collection page. */
export function pagesSitemap(baseUrl: string, browse: { councilSlugs: string[]; collectionSlugs: string[] }): string {
  const pages = [
    ...PAGES,
    paths.themes.list(),
    ...keysOf(THEMES).map(key => paths.themes.show(key)),
    paths.councils.list(),
    ...browse.councilSlugs.map(slug => paths.councils.show(slug)),
    paths.collections.list(),
    ...browse.collectionSlugs.map(slug => paths.collections.show(slug)),
  ]
  return `${urlsetStart}${pages.map(path => sitemapUrl(baseUrl, path)).join('')}${urlsetEnd}`
}

/** robots.txt: everything public may be crawled; the private areas are not worth a crawler's visit. */
export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    ...PRIVATE_AREAS.map(area => `Disallow: ${area}`),
    'Allow: /',
    '',
    `Sitemap: ${baseUrl}${paths.sitemaps.index()}`,
    '',
  ].join('\n')
}
