import { Council } from '../../models/Council'
import { CaseStudy } from '../../models/CaseStudy'
import { createSitemapService } from '../../server/services/discovery/sitemapService'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, submitAndPublish } from '../factories/publishedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

// Ten case studies to a sitemap file, so the demo catalogue spreads over several files.
const realServices = testServices()
const services = { ...realServices, sitemaps: createSitemapService(realServices.search, 10) }
let app: ReturnType<typeof createTestApp>
let visitor: FormClient
let publisher: FormClient
let curator: FormClient
let published: { id: string; slug: string; oldSlug: string }
let draftSlug: string
let archivedSlug: string

const BASE = 'http://practice-exchange.test'
const TITLE = 'Walking "buses" & <safe> routes to school'
const SUMMARY =
  'Parents walk groups of children to school on set routes & times, so fewer families drive. ' +
  'It started in two wards and now runs at eleven primary schools, with volunteers checked and trained by the council.'
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(match => match[1]!.replace(/&amp;/g, '&'))
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1]
const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]
const slugOf = async (id: string) => (await CaseStudy.findById(id).lean())!.slug

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  await services.searchIndex.ready()
  app = createTestApp(services)
  visitor = formClient(app)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client

  // Published, then renamed and published again: its first address redirects to its second.
  const first = await publishCaseStudy(publisher, curator, {
    'title-and-summary': { title: 'Walking buses', summary: SUMMARY },
  })
  const oldSlug = await slugOf(first.id)
  await publisher.submit(`${first.taskList}/sections/title-and-summary`, {
    ...VALID_SECTION_FIELDS['title-and-summary'],
    title: TITLE,
    summary: SUMMARY,
    action: 'save',
  })
  await submitAndPublish(publisher, curator, first.id)
  published = { id: first.id, slug: await slugOf(first.id), oldSlug }

  const draft = await publisher.submit('/publish/case-studies/new', { title: 'A draft nobody published' })
  draftSlug = await slugOf((draft.headers.location as string).split('/').pop()!)
  const archived = await publishCaseStudy(publisher, curator, { 'title-and-summary': { title: 'Archived scheme' } })
  archivedSlug = await slugOf(archived.id)
  await curator.submit(`/review/${archived.id}`, { archive: 'yes' }, `/review/${archived.id}/archive`)
  await services.searchIndex.indexer.drain()
}, 300_000)

describe('the sitemap', () => {
  it('is an index of the pages file and one file per ten case studies', async () => {
    const count = await CaseStudy.countDocuments({ published: { $ne: null }, archivedAt: null })
    const res = await visitor.get('/sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8')
    expect(res.text).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    )
    expect(locsOf(res.text)).toEqual([
      `${BASE}/sitemaps/pages.xml`,
      ...Array.from({ length: Math.ceil(count / 10) }, (_, index) => `${BASE}/sitemaps/case-studies-${index + 1}.xml`),
    ])
  })

  it('lists every published case study once, with its last publication date, and no draft or archived one', async () => {
    const index = locsOf((await visitor.get('/sitemap.xml')).text)
    const files = await Promise.all(index.slice(1).map(loc => visitor.get(loc.replace(BASE, ''))))
    const locs = files.flatMap(file => locsOf(file.text))
    for (const file of files) expect(locsOf(file.text).length).toBeLessThanOrEqual(10)
    const stored = await CaseStudy.find({ published: { $ne: null }, archivedAt: null }).lean()
    expect([...locs].sort()).toEqual(stored.map(caseStudy => `${BASE}/case-studies/${caseStudy.slug}`).sort())
    const lastmod = (await CaseStudy.findById(published.id).lean())!.published!.publishedAt.toISOString()
    const all = files.map(file => file.text).join('')
    expect(all).toContain(`<url><loc>${BASE}/case-studies/${published.slug}</loc><lastmod>${lastmod}</lastmod></url>`)
    for (const hidden of [draftSlug, archivedSlug, published.oldSlug]) expect(all).not.toContain(`/${hidden}<`)
  })

  it('reads the index a page at a time without losing or repeating an address', async () => {
    const read = async (pageSize: number) => {
      const slugs: string[] = []
      for await (const { slug } of services.search.addresses(5, 47, pageSize)) slugs.push(slug)
      return slugs
    }
    const whole = await read(1_000)
    expect(whole).toHaveLength(47)
    expect(await read(10)).toEqual(whole)
    expect(new Set(whole).size).toBe(47)
  })

  it('lists the home and search pages', async () => {
    const res = await visitor.get('/sitemaps/pages.xml')
    expect(locsOf(res.text)).toEqual(expect.arrayContaining([`${BASE}/`, `${BASE}/case-studies`]))
  })

  it('lists the theme, council and collection pages', async () => {
    const locs = locsOf((await visitor.get('/sitemaps/pages.xml')).text)
    expect(locs).toEqual(
      expect.arrayContaining([
        `${BASE}/themes`,
        `${BASE}/themes/housing`,
        `${BASE}/councils`,
        `${BASE}/councils/leeds-city-council`,
        `${BASE}/collections`,
      ]),
    )
    expect(locs.filter(loc => loc.startsWith(`${BASE}/councils/`))).toHaveLength(await Council.countDocuments())
  })

  it.each(['0', '-1', '99', '1e0', '01', 'x', '99999999999999999999', '%00'])(
    'has no case-study file %s',
    async file => {
      const res = await visitor.get(`/sitemaps/case-studies-${file}.xml`)
      expect(res.status).toBe(404)
    },
  )

  it('keeps to 50,000 addresses a file by default', async () => {
    const defaults = formClient(createTestApp(realServices))
    expect(locsOf((await defaults.get('/sitemap.xml')).text)).toEqual([
      `${BASE}/sitemaps/pages.xml`,
      `${BASE}/sitemaps/case-studies-1.xml`,
    ])
  })
})

describe('robots.txt', () => {
  it('keeps crawlers out of the signed-in areas only and points to the sitemap', async () => {
    const res = await visitor.get('/robots.txt')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    const lines = res.text.split('\n')
    expect(lines.filter(line => line.startsWith('Disallow:'))).toEqual([
      'Disallow: /account',
      'Disallow: /publish',
      'Disallow: /review',
      'Disallow: /admin',
    ])
    expect(lines).toContain('User-agent: *')
    expect(lines).toContain('Allow: /')
    expect(lines).toContain(`Sitemap: ${BASE}/sitemap.xml`)
  })
})

describe('canonical links', () => {
  it('give each public page its address without a query string or trailing slash', async () => {
    expect(canonicalOf((await visitor.get('/')).text)).toBe(`${BASE}/`)
    expect(canonicalOf((await visitor.get('/about-the-data?utm_source=newsletter')).text)).toBe(
      `${BASE}/about-the-data`,
    )
    expect(canonicalOf((await visitor.get('/about-the-data/')).text)).toBe(`${BASE}/about-the-data`)
    expect(canonicalOf((await visitor.get('/sign-in')).text)).toBe(`${BASE}/sign-in`)
  })

  it('keep a search without its page number or tracking parameters', async () => {
    const res = await visitor.get('/case-studies?q=housing&theme=housing&sort=newest&page=2&utm_source=x&fbclid=y')
    expect(canonicalOf(res.text)).toBe(`${BASE}/case-studies?q=housing&amp;theme=housing&amp;sort=newest`)
  })

  it('give a case study its current address, which its old one redirects to', async () => {
    expect((await visitor.get(`/case-studies/${published.oldSlug}`)).headers.location).toBe(
      `/case-studies/${published.slug}`,
    )
    const page = await visitor.get(`/case-studies/${published.slug}`)
    expect(canonicalOf(page.text)).toBe(`${BASE}/case-studies/${published.slug}`)
    expect(canonicalOf((await visitor.get(`/case-studies/${published.slug}/versions`)).text)).toBe(
      `${BASE}/case-studies/${published.slug}/versions`,
    )
  })

  it('are left off private pages and error pages', async () => {
    expect(canonicalOf((await publisher.get('/publish')).text)).toBeUndefined()
    expect(canonicalOf((await publisher.get('/account')).text)).toBeUndefined()
    expect(canonicalOf((await curator.get('/review')).text)).toBeUndefined()
    const missing = await visitor.get('/case-studies/no-such-case-study')
    expect(missing.status).toBe(404)
    expect(canonicalOf(missing.text)).toBeUndefined()
  })
})

describe('link previews on a case study page', () => {
  it('carry Open Graph and Twitter card tags from its title and summary, escaped', async () => {
    const page = await visitor.get(`/case-studies/${published.slug}`)
    const title = 'Walking &#34;buses&#34; &amp; &lt;safe&gt; routes to school'
    expect(metaOf(page.text, 'og:type')).toBe('article')
    expect(metaOf(page.text, 'og:site_name')).toBe('Practice Exchange')
    expect(metaOf(page.text, 'og:title')).toBe(title)
    expect(metaOf(page.text, 'og:url')).toBe(`${BASE}/case-studies/${published.slug}`)
    expect(metaOf(page.text, 'og:description')).toBe(SUMMARY.replace(/&/g, '&amp;'))
    expect(metaOf(page.text, 'twitter:card')).toBe('summary')
    expect(metaOf(page.text, 'twitter:title')).toBe(title)
    expect(page.text).not.toContain('<safe>')
  })

  it('are not on other pages', async () => {
    expect(metaOf((await visitor.get('/')).text, 'og:title')).toBeUndefined()
  })
})
