/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('finding practice, in a browser', () => {
  // The demo catalogue and its index are built once for the file; the tests only read them.
  const { newPage, signedInPage } = useBrowserApp({
    prepare: async services => {
      await services.demoContent.seedIfEmpty()
      await services.searchIndex.start()
    },
    finish: services => services.searchIndex.stop(),
  })

  const resultCount = (page: Page) => page.locator('#result-count').innerText()
  const countOf = async (page: Page) => Number((await resultCount(page)).split(' ')[0])

  /** Follows a link and waits for the page it points to. */
  async function follow(page: Page, link: ReturnType<Page['locator']>) {
    const href = await link.getAttribute('href')
    await newPageAfter(page, () => link.click())
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(href)
  }

  it('searches with a query, then filters and removes the filter, keeping the query in the URL', async () => {
    const page = await newPage()
    await page.goto('/case-studies')
    const everything = await countOf(page)
    await expectAccessible(page)

    await page.getByLabel('Search for practice').fill('housing')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Search', exact: true }).click())
    expect(page.url()).toContain('q=housing')
    const housing = await countOf(page)
    expect(housing).toBeGreaterThan(0)
    expect(housing).toBeLessThan(everything)
    await page.locator('#search-results mark').first().waitFor({ state: 'visible' })

    // Filters keep the query: open a facet, tick a value, apply.
    await page.locator('summary', { hasText: 'Stage' }).click()
    const live = page.getByLabel(/^Live \(\d+\)$/)
    const liveCount = Number(/\((\d+)\)/.exec((await live.locator('xpath=..').innerText()) ?? '')?.[1])
    await live.check()
    await newPageAfter(page, () => page.getByRole('button', { name: 'Apply filters' }).first().click())
    expect(page.url()).toContain('stage=live')
    expect(page.url()).toContain('q=housing')
    expect(await countOf(page)).toBe(liveCount)
    await expectAccessible(page)

    // The selected filter shows as a tag; following it removes the filter and keeps the query.
    await follow(page, page.getByRole('link', { name: 'Remove filter Stage: Live' }))
    expect(page.url()).not.toContain('stage=')
    expect(page.url()).toContain('q=housing')
    expect(await countOf(page)).toBe(housing)
  })

  it('pages through everything and opens a result, which shows five like it', async () => {
    const page = await newPage()
    await page.goto('/case-studies')
    await follow(page, page.getByRole('link', { name: 'Page 2' }))
    expect((await page.locator('.govuk-pagination__item--current').innerText()).trim()).toBe('2')

    const first = page.locator('#search-results h3 a').first()
    const title = (await first.innerText()).trim()
    await follow(page, first)
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(title)
    expect(await page.locator('#similar-case-studies li').count()).toBe(5)
    await expectAccessible(page)
  })

  it('answers a long question typed as an officer would ask it', async () => {
    const page = await newPage()
    await page.goto('/case-studies')
    await page.getByLabel('Search for practice').fill('how do councils help lonely older people make friends')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Search', exact: true }).click())
    expect(await countOf(page)).toBeGreaterThan(0)
    const titles = await page.locator('#search-results h3').allInnerTexts()
    expect(titles.slice(0, 3).some(title => /lonel|isolation/i.test(title))).toBe(true)
    await expectAccessible(page)
  })

  it('shows a close spelling’s results when nothing matched, then the no-results help for the words as typed', async () => {
    const page = await newPage()
    await page.goto('/case-studies?q=lysencing')
    expect(await countOf(page)).toBeGreaterThan(0)
    expect(await page.locator('#corrected-search').innerText()).toContain('these are the results for licensing')
    await expectAccessible(page)

    await follow(page, page.getByRole('link', { name: 'Search instead for lysencing' }))
    expect(await resultCount(page)).toBe('0 case studies')
    expect(await page.locator('#no-results').innerText()).toContain('Did you mean')
    await expectAccessible(page)
  })

  it('keeps what a question found when one word is misspelt beyond forgiving, and offers the mended words', async () => {
    const page = await newPage()
    await page.goto('/case-studies')
    await page.getByLabel('Search for practice').fill('how are councils lysencing landlrods')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Search', exact: true }).click())
    expect(await countOf(page)).toBeGreaterThan(0)
    // The question as typed, with its misspelt words mended.
    expect(await page.locator('#did-you-mean').innerText()).toBe('Did you mean how are councils licensing landlords?')
    await expectAccessible(page)

    await follow(page, page.locator('#did-you-mean a'))
    expect(await page.getByLabel('Search for practice').inputValue()).toBe('how are councils licensing landlords')
    expect(await page.locator('#did-you-mean').count()).toBe(0)
    expect(await countOf(page)).toBeGreaterThan(0)
  })

  it('uses councils like the officer’s own, and explains the method on its own page', async () => {
    const page = await signedInPage({ role: 'officer', councilCode: 'E08000035' })
    await page.goto('/case-studies')
    expect(await page.getByLabel('Councils like').inputValue()).toBe('leeds-city-council')
    await page.getByLabel('Show only their case studies').check()
    await newPageAfter(page, () => page.getByRole('button', { name: 'Apply filters' }).first().click())
    expect(page.url()).toContain('likeMode=filter')
    expect(await page.locator('#like-council').innerText()).toContain('Councils like Leeds City Council')
    await expectAccessible(page)

    await follow(page, page.getByRole('link', { name: 'How we find councils like yours' }))
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe('How we find councils like yours')
    await expectAccessible(page)
  })

  it('gives network admins accessible search pages', async () => {
    const page = await signedInPage({ role: 'networkAdmin' })
    await page.goto('/admin/search')
    expect(await page.locator('#index-status').innerText()).toContain('Embedded')
    await expectAccessible(page)
    await follow(page, page.getByRole('link', { name: 'Change synonyms' }))
    await page.getByLabel('Synonyms').fill('only one term')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save synonyms' }).click())
    await expect(page.title()).resolves.toMatch(/^Error: /)
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Line 1: enter at least 2 terms')
    await expectAccessible(page)
  })
})
