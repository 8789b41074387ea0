/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { Collection } from '../../models/Collection'
import { createUser } from '../factories/userFactory'
import { expectAccessible, newPageAfter, STEP_TIMEOUT_MS, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('browsing by council, theme and collection, in a browser', () => {
  // The demo catalogue and its index are built once for the file.
  const { newPage, signedInPage, browser, baseUrl, signIn } = useBrowserApp({
    prepare: async services => {
      await services.demoContent.seedIfEmpty()
      await services.searchIndex.start()
    },
    finish: services => services.searchIndex.stop(),
  })

  const heading = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).trim()
  const pathOf = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search

  /** Follows a link and waits for the page it points to. */
  async function follow(page: Page, link: ReturnType<Page['locator']>) {
    const href = await link.getAttribute('href')
    await newPageAfter(page, () => link.click())
    expect(pathOf(page)).toBe(href)
  }

  /** A page in a context without JavaScript: every page here must work without it. */
  async function pageWithoutJavaScript(): Promise<Page> {
    const context = await browser().newContext({ baseURL: baseUrl(), javaScriptEnabled: false })
    context.setDefaultTimeout(STEP_TIMEOUT_MS)
    contexts.push(context)
    return context.newPage()
  }
  const contexts: Awaited<ReturnType<ReturnType<typeof browser>['newContext']>>[] = []
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map(context => context.close()))
  })

  it('searches from the home page, and browses a theme to a case study, its council and a council like it', async () => {
    const page = await newPage()
    await page.goto('/')
    await expectAccessible(page)
    await page.getByLabel('Search case studies').fill('falls')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Search', exact: true }).click())
    expect(pathOf(page)).toBe('/case-studies?q=falls')

    await page.goto('/')
    await follow(page, page.locator('#home-themes').getByRole('link', { name: 'Housing and homelessness' }))
    expect(await heading(page)).toBe('Housing and homelessness')
    await expectAccessible(page)

    const first = page.locator('#theme-case-studies h3 a').first()
    const title = (await first.innerText()).trim()
    await follow(page, first)
    expect(await heading(page)).toBe(title)
    await expectAccessible(page)
    const caseStudy = await CaseStudy.findOne({ 'published.content.title': title }).lean<CaseStudyRecord>()
    const council = page.locator('.govuk-caption-l a')
    const councilName = (await council.innerText()).trim()
    await follow(page, council)
    expect(await heading(page)).toBe(councilName)
    expect(await page.locator('#council-case-studies').innerText()).toContain(title)
    expect(caseStudy).not.toBeNull()
    await expectAccessible(page)

    const neighbour = page.locator('#council-neighbours a').first()
    const neighbourName = (await neighbour.innerText()).trim()
    await follow(page, neighbour)
    expect(await heading(page)).toBe(neighbourName)
    await expectAccessible(page)
  })

  it('finds a council by name and filters councils, without JavaScript', async () => {
    const page = await pageWithoutJavaScript()
    await page.goto('/councils')
    await page.getByLabel('Council name').fill('leeds')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Find' }).click())
    expect(await page.locator('#council-list li').allInnerTexts()).toEqual([
      expect.stringContaining('Leeds City Council'),
    ])

    await page.goto('/councils')
    await page.locator('summary', { hasText: 'Nation' }).click()
    await page.locator('[name="nation"][value="Wales"]').check()
    await newPageAfter(page, () => page.getByRole('button', { name: 'Apply filters' }).click())
    expect(pathOf(page)).toBe('/councils?q=&nation=Wales')
    expect(await page.locator('#result-count').innerText()).toBe('22 councils')
  })

  it('has accessible councils, themes and collections indexes', async () => {
    const page = await newPage()
    for (const [path, title] of [
      ['/councils', 'Councils'],
      ['/councils?type=london-borough&page=2', 'Councils'],
      ['/councils?q=zzzz', 'Councils'],
      ['/themes', 'Browse by theme'],
      ['/collections', 'Collections'],
      ['/councils/city-of-cardiff-council', 'City of Cardiff Council'],
    ]) {
      await page.goto(path!)
      expect(await heading(page)).toBe(title)
      await expectAccessible(page)
    }
  })

  it('a network admin creates a collection and fills it, without JavaScript; visitors see it in order', async () => {
    const curator = await createUser({ role: 'networkAdmin' })
    // axe-core runs in the page, so these pages are checked again below with JavaScript on.
    const page = await pageWithoutJavaScript()
    await signIn(page, curator.email)
    // Three with different titles (the demo catalogue runs some programmes in several councils).
    const all = await CaseStudy.find({ published: { $ne: null }, archivedAt: null })
      .sort({ slug: 1 })
      .lean<CaseStudyRecord[]>()
    const picks = all
      .filter(
        (pick, index) =>
          all.findIndex(other => other.published!.content.title === pick.published!.content.title) === index,
      )
      .slice(0, 3)
    const titles = picks.map(pick => pick.published!.content.title)

    await page.goto('/admin/collections')
    await follow(page, page.getByRole('button', { name: 'Create a collection' }))
    await newPageAfter(page, () => page.getByRole('button', { name: 'Create collection' }).click())
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Enter a title')
    expect(await page.title()).toBe('Error: Create a collection – Practice Exchange')

    await page.getByLabel('Title').fill('Getting people home from hospital')
    await page.getByLabel('Description (optional)').fill('Discharge, reablement and the first weeks at home.')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Create collection' }).click())
    const editPath = '/admin/collections/getting-people-home-from-hospital'
    expect(pathOf(page)).toBe(editPath)

    for (const [index, pick] of picks.entries()) {
      await page.getByLabel('Address of the case study').fill(`${baseUrl()}/case-studies/${pick.slug}`)
      await newPageAfter(page, () => page.getByRole('button', { name: 'Add case study' }).click())
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(titles[index])
    }

    // Keyboard only: focus the last one's "Move up" and press Enter.
    await page.getByRole('button', { name: `Move up ${titles[2]} (` }).focus()
    await newPageAfter(page, () => page.keyboard.press('Enter'))
    const inOrder = [titles[0], titles[2], titles[1]]
    expect(await page.locator('#collection-items li a').allInnerTexts()).toEqual(inOrder)

    await page.goto('/admin/collections/featured')
    await page.getByLabel('Address of the case study').fill(picks[1]!.slug)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Add case study' }).click())

    const visitor = await newPage()
    await visitor.goto('/')
    expect(await visitor.locator('#featured-case-studies h3').allInnerTexts()).toEqual([titles[1]])
    expect(await visitor.locator('#home-collections').innerText()).toContain('Getting people home from hospital')
    await expectAccessible(visitor)
    await visitor.goto('/collections')
    await expectAccessible(visitor)
    await follow(visitor, visitor.getByRole('link', { name: 'Getting people home from hospital' }))
    expect(await visitor.locator('#collection-case-studies h2').allInnerTexts()).toEqual(inOrder)
    await expectAccessible(visitor)

    // The curators' pages, each in the state a curator meets it, with JavaScript on for axe-core.
    const checked = await signedInPage({ role: 'networkAdmin' })
    for (const path of ['/admin/collections', '/admin/collections/new', editPath, '/admin/collections/featured'])
      await checked.goto(path).then(() => expectAccessible(checked))
    await checked.goto('/admin/collections/new')
    await newPageAfter(checked, () => checked.getByRole('button', { name: 'Create collection' }).click())
    await expectAccessible(checked)
    await checked.goto(editPath)
    await checked.getByLabel('Address of the case study').fill('not a case study')
    await newPageAfter(checked, () => checked.getByRole('button', { name: 'Add case study' }).click())
    expect(await checked.locator('.govuk-error-summary').innerText()).toContain(
      'Enter the address of a case study page',
    )
    await expectAccessible(checked)

    await checked.goto(`${editPath}/delete`)
    await expectAccessible(checked)
    await newPageAfter(checked, () => checked.getByRole('button', { name: 'Delete collection' }).click())
    expect(pathOf(checked)).toBe('/admin/collections')
    expect(await Collection.findById('getting-people-home-from-hospital').lean()).toBeNull()
  })
})
