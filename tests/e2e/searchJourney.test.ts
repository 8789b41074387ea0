/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { expectAccessible, launchBrowser, serve } from '../helpers/browser'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('finding practice, in a browser', () => {
  const services = testServices()
  let browser: Browser
  let server: { baseUrl: string; close: () => Promise<void> }
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    await services.referenceData.loadCouncils()
    await services.demoContent.seedIfEmpty()
    await services.searchIndex.start()
    server = await serve(createTestApp(services))
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await Promise.all(contexts.map(context => context.close()))
    await browser?.close()
    await server?.close()
    await services.searchIndex.stop()
  })

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl })
    contexts.push(context)
    return context.newPage()
  }

  async function signedInPage(role: Parameters<typeof createUser>[0]): Promise<Page> {
    const user = await createUser(role)
    const page = await newPage()
    await page.goto('/sign-in')
    await page.getByLabel('Email address').fill(user.email)
    await page.getByLabel('Password').fill(FACTORY_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/account')
    return page
  }

  const resultCount = (page: Page) => page.locator('#result-count').innerText()
  const countOf = async (page: Page) => Number((await resultCount(page)).split(' ')[0])

  it('searches, filters, removes a filter, pages and opens a result, each step in the URL', async () => {
    const page = await newPage()
    await page.goto('/case-studies')
    const everything = await countOf(page)
    await expectAccessible(page)

    await page.getByLabel('Search for practice').fill('housing')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await page.waitForURL(/q=housing/)
    const housing = await countOf(page)
    expect(housing).toBeGreaterThan(0)
    expect(housing).toBeLessThan(everything)
    expect(await page.locator('#search-results mark').first().isVisible()).toBe(true)

    // Filters keep the query: open a facet, tick a value, apply.
    await page.locator('summary', { hasText: 'Stage' }).click()
    const live = page.getByLabel(/^Live \(\d+\)$/)
    const liveCount = Number(/\((\d+)\)/.exec((await live.locator('xpath=..').innerText()) ?? '')?.[1])
    await live.check()
    await page.getByRole('button', { name: 'Apply filters' }).first().click()
    await page.waitForURL(/stage=live/)
    expect(page.url()).toContain('q=housing')
    expect(await countOf(page)).toBe(liveCount)
    await expectAccessible(page)

    // The selected filter shows as a tag; following it removes the filter and keeps the query.
    await page.getByRole('link', { name: 'Remove filter Stage: Live' }).click()
    await page.waitForURL(url => !url.search.includes('stage='))
    expect(page.url()).toContain('q=housing')
    expect(await countOf(page)).toBe(housing)

    // Paging through everything.
    await page.goto('/case-studies')
    await page.getByRole('link', { name: 'Page 2' }).click()
    await page.waitForURL(/page=2/)
    expect((await page.locator('.govuk-pagination__item--current').innerText()).trim()).toBe('2')

    // Opening a result shows the case study and five like it.
    const first = page.locator('#search-results h3 a').first()
    const title = (await first.innerText()).trim()
    await first.click()
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(title)
    expect(await page.locator('#similar-case-studies li').count()).toBe(5)
    await expectAccessible(page)
  })

  it('shows no-results help that is accessible', async () => {
    const page = await newPage()
    await page.goto('/case-studies?q=lysencing&theme=housing')
    expect(await resultCount(page)).toBe('0 case studies')
    expect(await page.locator('#no-results').innerText()).toContain('Did you mean')
    await expectAccessible(page)
  })

  it('uses councils like the officer’s own, and explains the method on its own page', async () => {
    const page = await signedInPage({ role: 'officer', councilCode: 'E08000035' })
    await page.goto('/case-studies')
    expect(await page.getByLabel('Councils like').inputValue()).toBe('leeds-city-council')
    await page.getByLabel('Show only their case studies').check()
    await page.getByRole('button', { name: 'Apply filters' }).first().click()
    await page.waitForURL(/likeMode=filter/)
    expect(await page.locator('#like-council').innerText()).toContain('Councils like Leeds City Council')
    await expectAccessible(page)

    await page.getByRole('link', { name: 'How we find councils like yours' }).click()
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('How we find councils like yours')
    await expectAccessible(page)
  })

  it('gives network admins accessible search pages', async () => {
    const page = await signedInPage({ role: 'networkAdmin' })
    await page.goto('/admin/search')
    expect(await page.locator('#index-status').innerText()).toContain('Embedded')
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Change synonyms' }).click()
    await page.getByLabel('Synonyms').fill('only one term')
    await page.getByRole('button', { name: 'Save synonyms' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Line 1: enter at least 2 terms')
    await expectAccessible(page)
  })
})
