import { CaseStudy } from '../../models/CaseStudy'
import { ZeroResultSearch } from '../../models/ZeroResultSearch'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let publisher: FormClient
let curator: FormClient
let visitor: FormClient
let slug: string

const BASE = 'http://practice-exchange.test'
const TITLE = 'Tea & biscuits <script>alert(1)</script> for "staff" wellbeing'
const CONTACT_EMAIL = 'feed.contact@example.org'
const DRAFT_TITLE = 'Lighthouse keepers draft title'
const DRAFT_TEXT = 'Draft-only sentence about lighthouse keepers'

type Entry = { id: string; title: string; link: string; published: string; updated: string; author: string }
const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
const field = (xml: string, name: string) => decode(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1] ?? '')
const entriesOf = (xml: string): Entry[] =>
  [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: field(entry!, 'id'),
    title: field(entry!, 'title'),
    link: decode(/<link rel="alternate" type="text\/html" href="([^"]+)"/.exec(entry!)?.[1] ?? ''),
    published: field(entry!, 'published'),
    updated: field(entry!, 'updated'),
    author: field(entry!, 'name'),
  }))
const resultTitles = (html: string) =>
  [...html.matchAll(/<h3 class="govuk-heading-m[^"]*"><a class="govuk-link" href="[^"]+">([\s\S]*?)<\/a><\/h3>/g)].map(
    match =>
      decode(
        match[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&#34;/g, '"')
          .replace(/&#39;/g, "'"),
      ).trim(),
  )
const published = () =>
  CaseStudy.find({ published: { $ne: null }, archivedAt: null })
    .lean()
    .then(rows =>
      rows.sort((a, b) => b.published!.firstPublishedAt.getTime() - a.published!.firstPublishedAt.getTime()),
    )

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  await services.searchIndex.ready()
  app = createTestApp(services)
  visitor = formClient(app)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  const { id, taskList } = await publishCaseStudy(publisher, curator, {
    'title-and-summary': { title: TITLE },
    contacts: { ...VALID_SECTION_FIELDS.contacts, 'contacts-0-email': CONTACT_EMAIL },
  })
  // A newer draft that nobody has published: neither its title nor its text may reach a feed.
  const draft = (section: string, fields: Record<string, string>) =>
    publisher.submit(`${taskList}/sections/${section}`, { ...VALID_SECTION_FIELDS[section], ...fields, action: 'save' })
  await draft('title-and-summary', { title: DRAFT_TITLE })
  await draft('lessons', { lessons: DRAFT_TEXT })
  await services.searchIndex.indexer.drain()
  slug = (await CaseStudy.findById(id).lean())!.slug
}, 300_000)

describe('the feed of newly published case studies', () => {
  it('is an Atom feed of the 50 newest publications, newest first, matching what is published', async () => {
    const res = await visitor.get('/case-studies/feed.atom')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    expect(res.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
    expect(res.text).toContain(`<link rel="self" type="application/atom+xml" href="${BASE}/case-studies/feed.atom"/>`)
    const entries = entriesOf(res.text)
    const all = await published()
    expect(all.length).toBeGreaterThan(50)
    expect(entries).toHaveLength(50)
    // Every entry is a published case study, newest first; none newer than the last entry is missing.
    const bySlug = new Map(all.map(caseStudy => [caseStudy.slug, caseStudy]))
    const slugs = entries.map(entry => entry.link.replace(`${BASE}/case-studies/`, ''))
    for (const [index, entry] of entries.entries()) {
      const stored = bySlug.get(slugs[index]!)!
      expect(entry.title).toBe(stored.published!.content.title)
      expect(entry.published).toBe(stored.published!.firstPublishedAt.toISOString())
      expect(entry.id).toMatch(
        new RegExp(`^tag:practice-exchange\\.test,\\d{4}-\\d\\d-\\d\\d:case-study:${stored._id.toString()}$`),
      )
    }
    const dates = entries.map(entry => entry.published)
    expect([...dates].sort().reverse()).toEqual(dates)
    const oldest = new Date(dates.at(-1)!).getTime()
    const newer = all.filter(caseStudy => caseStudy.published!.firstPublishedAt.getTime() > oldest)
    expect(slugs).toEqual(expect.arrayContaining(newer.map(caseStudy => caseStudy.slug)))
  })

  it('leads with the newest publication, escaped, under its council, without contacts or the newer draft', async () => {
    const { text } = await visitor.get('/case-studies/feed.atom')
    const [first] = entriesOf(text)
    expect(first).toMatchObject({ title: TITLE, link: `${BASE}/case-studies/${slug}`, author: 'Leeds City Council' })
    expect(text).toContain(
      '<title type="text">Tea &amp; biscuits &lt;script&gt;alert(1)&lt;/script&gt; for &quot;staff&quot; wellbeing</title>',
    )
    expect(text).toContain('<category term="economy" label="Economic development, skills and employment"/>')
    expect(text).not.toContain('<script>')
    for (const hidden of [CONTACT_EMAIL, 'Alex Contact', '01632 960123', DRAFT_TITLE, DRAFT_TEXT])
      expect(text).not.toContain(hidden)
  })

  it('answers a repeated request with 304 Not Modified until something new is published', async () => {
    const first = await visitor.get('/case-studies/feed.atom')
    const etag = first.headers.etag as string
    const lastModified = first.headers['last-modified'] as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(new Date(lastModified).getTime()).toBeGreaterThan(0)
    expect(first.headers['cache-control']).toBe('public, max-age=300')
    // Public and the same for everyone: no session cookie is read or set.
    expect(first.headers['set-cookie']).toBeUndefined()

    const unchanged = await visitor.get('/case-studies/feed.atom').set('If-None-Match', etag)
    expect(unchanged.status).toBe(304)
    expect(unchanged.text).toBe('')
    const notModifiedSince = await visitor.get('/case-studies/feed.atom').set('If-Modified-Since', lastModified)
    expect(notModifiedSince.status).toBe(304)

    await publishCaseStudy(publisher, curator, { 'title-and-summary': { title: 'Repair cafes in libraries' } })
    await services.searchIndex.indexer.drain()
    const changed = await visitor.get('/case-studies/feed.atom').set('If-None-Match', etag)
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    expect(entriesOf(changed.text)[0]!.title).toBe('Repair cafes in libraries')
    const modifiedSince = await visitor.get('/case-studies/feed.atom').set('If-Modified-Since', lastModified)
    expect(modifiedSince.status).toBe(200)
  })
})

describe('the feed of a search', () => {
  it('lists what the search page finds, newest first, from the same query string', async () => {
    const query = 'q=procurement&theme=economy'
    const page = await visitor.get(`/case-studies?${query}&sort=newest`)
    const feed = await visitor.get(`/case-studies/search.atom?${query}`)
    expect(feed.status).toBe(200)
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8')
    const titles = entriesOf(feed.text).map(entry => entry.title)
    expect(titles).toContain(TITLE)
    expect(titles.slice(0, 20)).toEqual(resultTitles(page.text))
    expect(feed.text).toContain(`<id>${BASE}/case-studies/search.atom?q=procurement&amp;theme=economy</id>`)
    expect(feed.text).toContain(
      '<title type="text">Practice Exchange: case studies matching “procurement”, filtered</title>',
    )
    for (const hidden of [CONTACT_EMAIL, DRAFT_TITLE, DRAFT_TEXT]) expect(feed.text).not.toContain(hidden)
  })

  it('is linked from the search page head and beside the result count, and the link works', async () => {
    const page = await visitor.get('/case-studies?q=procurement&theme=economy&page=2&sort=adapted')
    const href = '/case-studies/search.atom?q=procurement&amp;theme=economy'
    expect(page.text).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Practice Exchange: case studies matching “procurement”, filtered" href="${href}">`,
    )
    expect(page.text).toContain(`<a class="govuk-link" href="${href}">Subscribe to this search (Atom feed)</a>`)
    const feed = await visitor.get(href.replace(/&amp;/g, '&'))
    expect(feed.status).toBe(200)
  })

  it('never fails on hostile parameters, and polling a search that finds nothing is not recorded as demand', async () => {
    const before = await ZeroResultSearch.countDocuments()
    for (const query of [
      'theme=no-such-theme&sort=bogus&page=-1&likeMode=x&likeBy=y&like=nowhere',
      'q[$ne]=x&theme[]=economy',
      `q=${'housing '.repeat(800)}`,
      'q=%E0%A4%A',
      'q=zzqxvbnm+wplkjh',
    ]) {
      const res = await visitor.get(`/case-studies/search.atom?${query}`)
      expect(res.status).toBe(200)
      expect(res.text).toMatch(/<\/feed>\n$/)
    }
    expect(await ZeroResultSearch.countDocuments()).toBe(before)
  })

  it('is offered in the head of the home page', async () => {
    const home = await visitor.get('/')
    expect(home.text).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Practice Exchange: newly published case studies" href="/case-studies/feed.atom">',
    )
  })
})
