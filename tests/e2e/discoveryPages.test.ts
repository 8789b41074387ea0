/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, hence the DOM types above.
import type { Page } from 'playwright-core'
import { CaseStudy } from '../../models/CaseStudy'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, submitAndPublish } from '../factories/publishedCaseStudy'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { signedInClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const TITLE = 'Tea & biscuits <b>for</b> "staff" wellbeing'
const CONTACT_EMAIL = 'e2e.contact@example.org'
const DRAFT_TEXT = 'Draft-only sentence about lighthouse keepers'

describe('feeds, sitemaps and version history, in a browser', () => {
  const { app, services, newPage } = useBrowserApp({
    prepare: async services => {
      await services.demoContent.seedIfEmpty()
      await services.searchIndex.ready()
    },
  })
  let slug: string

  // Through the real forms: published, changed and published again, then a draft nobody published.
  beforeAll(async () => {
    const publisher = (await signedInClient(app(), { role: 'publisher', councilCode: 'E08000035' })).client
    const curator = (await signedInClient(app(), { role: 'networkAdmin' })).client
    const { id, taskList } = await publishCaseStudy(publisher, curator, {
      'title-and-summary': { title: TITLE },
      contacts: { ...VALID_SECTION_FIELDS.contacts, 'contacts-0-email': CONTACT_EMAIL },
    })
    const save = (section: string, fields: Record<string, string>) =>
      publisher.submit(`${taskList}/sections/${section}`, {
        ...VALID_SECTION_FIELDS[section],
        ...fields,
        action: 'save',
      })
    await save('lessons', { lessons: 'Ask staff which biscuits they want.' })
    await submitAndPublish(publisher, curator, id)
    await save('lessons', { lessons: DRAFT_TEXT })
    await services.searchIndex.indexer.drain()
    slug = (await CaseStudy.findById(id).lean())!.slug
  }, 180_000)

  /** Fetches a document from the app and parses it with the browser's own XML parser. */
  async function parsedXml(page: Page, path: string) {
    return page.evaluate(async (url: string) => {
      const text = await (await fetch(url)).text()
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      const texts = (name: string) => Array.from(doc.getElementsByTagName(name)).map(node => node.textContent ?? '')
      return {
        error: doc.getElementsByTagName('parsererror')[0]?.textContent,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        entryTitles: Array.from(doc.getElementsByTagName('entry')).map(
          entry => entry.getElementsByTagName('title')[0]?.textContent,
        ),
        locs: texts('loc'),
        text: doc.documentElement.textContent ?? '',
      }
    }, path)
  }

  it('serves feeds that parse as XML, with the newest publication first and no contacts or drafts', async () => {
    const page = await newPage()
    await page.goto('/')
    const newest = await parsedXml(page, '/case-studies/feed.atom')
    expect(newest.error).toBeUndefined()
    expect(newest.root).toBe('http://www.w3.org/2005/Atom feed')
    expect(newest.entryTitles).toHaveLength(50)
    expect(newest.entryTitles[0]).toBe(TITLE)
    const search = await parsedXml(page, '/case-studies/search.atom?q=biscuits')
    expect(search.error).toBeUndefined()
    expect(search.entryTitles).toEqual([TITLE])
    for (const feed of [newest, search]) {
      expect(feed.text).not.toContain(CONTACT_EMAIL)
      expect(feed.text).not.toContain(DRAFT_TEXT)
    }
  })

  it('serves a sitemap index and files that parse as XML', async () => {
    const page = await newPage()
    await page.goto('/')
    const index = await parsedXml(page, '/sitemap.xml')
    expect(index.error).toBeUndefined()
    expect(index.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex')
    for (const loc of index.locs) {
      const file = await parsedXml(page, new URL(loc).pathname)
      expect(file.error).toBeUndefined()
      expect(file.root).toBe('http://www.sitemaps.org/schemas/sitemap/0.9 urlset')
    }
    const caseStudies = await parsedXml(page, '/sitemaps/case-studies-1.xml')
    expect(caseStudies.locs.map(loc => new URL(loc).pathname)).toContain(`/case-studies/${slug}`)
  })

  it('offers a search as a feed beside its result count', async () => {
    const page = await newPage()
    await page.goto('/case-studies?q=biscuits')
    const link = page.getByRole('link', { name: 'Subscribe to this search (Atom feed)' })
    expect(await link.isVisible()).toBe(true)
    expect(await link.getAttribute('href')).toBe('/case-studies/search.atom?q=biscuits')
    await expectAccessible(page)
  })

  it('leads from a case study to its published versions and what changed, accessibly', async () => {
    const page = await newPage()
    await page.goto(`/case-studies/${slug}`)
    await expectAccessible(page)
    await newPageAfter(page, () => page.getByRole('link', { name: 'Version history (2 versions)' }).click())
    expect(await page.locator('h1').innerText()).toBe('Version history')
    expect(await page.locator('#versions tbody tr').count()).toBe(2)
    await expectAccessible(page)

    await newPageAfter(page, () => page.getByRole('link', { name: 'See what changed in version 2' }).click())
    expect(await page.locator('h1').innerText()).toBe('Changes in version 2')
    expect(await page.locator('#changes dd ins').first().innerText()).toContain('Ask staff')
    const text = await page.locator('body').innerText()
    expect(text).not.toContain(CONTACT_EMAIL)
    expect(text).not.toContain(DRAFT_TEXT)
    await expectAccessible(page)

    await newPageAfter(page, () => page.getByRole('link', { name: 'Previous: Version 1' }).click())
    expect(await page.locator('h1').innerText()).toBe('Version 1, as first published')
    await expectAccessible(page)
  })
})
