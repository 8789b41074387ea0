/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, hence the DOM types above.
import type { BrowserContext, Page } from 'playwright-core'
import { CaseStudy } from '../../models/CaseStudy'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, saveEverySection } from '../factories/publishedCaseStudy'
import { createUser } from '../factories/userFactory'
import { SETUP_TIMEOUT_MS, STEP_TIMEOUT_MS, expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { formClient, signedInClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PHONE = { width: 390, height: 844 }
const NARROWEST = { width: 320, height: 844 }
const WIDE = { width: 1024, height: 800 }
const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const
const COUNCIL_ADMIN = { role: 'councilAdmin', councilCode: 'E08000035' } as const
const CURATOR = { role: 'networkAdmin' } as const
// Long unbroken text of the kinds people paste: an email address, a link, a search.
const LONG_EMAIL = 'a.very.long.name.for.a.new.officer@neighbourhoods-and-communities.leeds.gov.uk'
const LONG_LINK = 'https://example.org/evaluations/community-wealth-building-local-procurement-year-two-final-report'
const WAITING = 'Waiting for a curator'
const NOTHING_MATCHES = 'xqzvwkjplmnbxqzvwkjplmnbxqzvwkjplmnbxqzvwkjplmnb'

describe('pages on a phone and by keyboard', () => {
  const { app, browser, baseUrl, newPage, signedInPage } = useBrowserApp({
    prepare: async services => {
      await services.demoContent.seedIfEmpty()
      await services.searchIndex.start()
    },
    finish: services => services.searchIndex.stop(),
  })

  // A case study published twice (history, comparison, its public page), one waiting for review,
  // a request to join with a long address, and a search that found nothing.
  const seeded = { history: '', compare: '', caseStudy: '' }
  beforeAll(async () => {
    const publisher = (await signedInClient(app(), PUBLISHER)).client
    const curator = (await signedInClient(app(), CURATOR)).client
    const { id, taskList } = await publishCaseStudy(publisher, curator, {
      lessons: { lessons: `Read the evaluation at ${LONG_LINK} before you start.` },
    })
    await publisher.submit(`${taskList}/sections/lessons`, { lessons: `Read ${LONG_LINK} first.`, action: 'save' })
    seeded.history = `${taskList}/history`
    // The newest version's "See changes" link: the edit above, beside the version before it.
    const history = (await publisher.get(seeded.history)).text
    seeded.compare = /href="([^"]*\/history\/compare\?[^"]*)"/.exec(history)![1]!.replace(/&amp;/g, '&')
    seeded.caseStudy = `/case-studies/${(await CaseStudy.findById(id).lean())!.slug}`

    const waiting = (await publisher.submit('/publish/case-studies/new', { title: WAITING })).headers.location as string
    await saveEverySection(publisher, waiting, {
      'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title: WAITING },
    })
    await publisher.submit(`${waiting}/check-answers`, {})
    await createUser({ pending: true, email: LONG_EMAIL, name: 'Sam Longaddress' })
    await formClient(app()).get(`/case-studies?q=${NOTHING_MATCHES}`)
  }, SETUP_TIMEOUT_MS)

  /** How far the page is wider than the viewport, in CSS pixels (0 or less: no sideways scrolling). */
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  const bottomOf = async (page: Page, selector: string) => {
    const box = await page.locator(selector).first().boundingBox()
    if (!box) throw new Error(`${selector} is not shown`)
    return box.y + box.height
  }

  /** The header menu button's `hidden` and its aria-hidden attribute. */
  const menuButtonState = (page: Page) =>
    page
      .locator('.govuk-service-navigation__toggle')
      .evaluate((button: HTMLElement): [boolean, string | null] => [button.hidden, button.getAttribute('aria-hidden')])

  async function expectFitsPhones(page: Page) {
    for (const viewport of [PHONE, NARROWEST]) {
      await page.setViewportSize(viewport)
      expect({ width: viewport.width, overflow: await overflow(page) }).toEqual({ width: viewport.width, overflow: 0 })
    }
  }

  describe('the search page', () => {
    it('puts the count and the first result on the first screen of a phone, filters closed', async () => {
      const page = await newPage()
      await page.setViewportSize(PHONE)
      await page.goto('/case-studies?q=housing')
      expect(await page.locator('#result-count').innerText()).toMatch(/^\d+ case studies$/)
      expect(await bottomOf(page, '#result-count')).toBeLessThanOrEqual(PHONE.height)
      expect(await bottomOf(page, '#search-results > li h3')).toBeLessThanOrEqual(PHONE.height)
      expect(await page.locator('#filters').isVisible()).toBe(false)
      await expectAccessible(page)
      await expectFitsPhones(page)
    })

    it('puts the count and the help for a search that found nothing on the first screen of a phone', async () => {
      const page = await newPage()
      await page.setViewportSize(PHONE)
      await page.goto(`/case-studies?q=${NOTHING_MATCHES}`)
      expect(await page.locator('#result-count').innerText()).toBe('0 case studies')
      expect(await page.locator('#no-results').innerText()).toContain('No case studies match your search')
      expect(await bottomOf(page, '#result-count')).toBeLessThanOrEqual(PHONE.height)
      expect(await bottomOf(page, '#no-results')).toBeLessThanOrEqual(PHONE.height)
      await expectAccessible(page)
      await expectFitsPhones(page)
    })

    it('opens the filters from the Filter link without JavaScript, and applying them shows results first', async () => {
      const context: BrowserContext = await browser().newContext({
        baseURL: baseUrl(),
        javaScriptEnabled: false,
        viewport: PHONE,
      })
      try {
        context.setDefaultTimeout(STEP_TIMEOUT_MS)
        const page = await context.newPage()
        await page.goto('/case-studies?q=housing')
        const everything = await page.locator('#result-count').innerText()
        expect(await page.locator('#filters').isVisible()).toBe(false)
        // Without the script the header's menu button stays hidden and the menu is shown.
        expect(await menuButtonState(page)).toEqual([true, null])
        expect(await page.locator('#navigation').isVisible()).toBe(true)

        await page.getByRole('link', { name: 'Filter', exact: true }).click()
        await page.locator('#filters').waitFor({ state: 'visible' })
        // (axe-core is a script, so cannot run here: the next test checks the open panel with it.)
        await page.locator('#filters summary', { hasText: 'Stage' }).click()
        await page.getByLabel(/^Live \(\d+\)$/).check()
        await newPageAfter(page, () => page.getByRole('button', { name: 'Apply filters' }).last().click())
        expect(page.url()).toContain('stage=live')
        expect(await page.locator('#filters').isVisible()).toBe(false)
        expect(await page.getByRole('link', { name: 'Filter (1 selected)', exact: true }).isVisible()).toBe(true)
        expect(await page.locator('#result-count').innerText()).not.toBe(everything)
        // Without the script GOV.UK's service navigation lists every item above the page (there is
        // no menu button to fold it), so the count is on the first screen and the results straight
        // after it; with the script, the test above has the first result on the first screen too.
        expect(await bottomOf(page, '#result-count')).toBeLessThanOrEqual(PHONE.height)
      } finally {
        await context.close()
      }
    })

    it('with JavaScript, the Filter control is a button that says whether the filters are shown', async () => {
      const page = await newPage()
      await page.setViewportSize(PHONE)
      await page.goto('/case-studies?q=housing')
      const toggle = page.getByRole('button', { name: 'Filter', exact: true })
      expect(await toggle.getAttribute('aria-expanded')).toBe('false')
      await toggle.click()
      expect(await toggle.getAttribute('aria-expanded')).toBe('true')
      expect(await page.locator('#filters').isVisible()).toBe(true)
      await expectAccessible(page)
      await toggle.click()
      expect(await toggle.getAttribute('aria-expanded')).toBe('false')
      expect(await page.locator('#filters').isVisible()).toBe(false)
    })

    it('on a wide screen keeps the filters beside the results, with no Filter control', async () => {
      const page = await newPage()
      await page.setViewportSize(WIDE)
      await page.goto('/case-studies?q=housing')
      const filters = (await page.locator('#filters').boundingBox())!
      const results = (await page.locator('#results').boundingBox())!
      expect(filters.x + filters.width).toBeLessThanOrEqual(results.x)
      expect(Math.abs(filters.y - results.y)).toBeLessThan(40)
      expect(await page.locator('.app-filter-layout__toggle').isVisible()).toBe(false)
    })

    it('lets a keyboard user skip to the results, and apply filters from below the last group', async () => {
      const page = await newPage()
      await page.goto('/case-studies?q=housing')
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
      let presses = 0
      while ((await focused()) !== 'Skip to results' && presses < 12) {
        await page.keyboard.press('Tab')
        presses++
      }
      expect(await focused()).toBe('Skip to results')
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-count')

      // One "Apply filters" above the groups and one after the last of them.
      const afterLastGroup = await page.evaluate(() => {
        const groups = document.querySelectorAll('#filters details')
        const buttons = Array.from(document.querySelectorAll('#filters button')).filter(
          button => button.textContent?.trim() === 'Apply filters',
        )
        const last = groups[groups.length - 1]!
        return buttons.map(button => Boolean(last.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING))
      })
      expect(afterLastGroup).toEqual([false, true])
    })
  })

  it('the header menu button is hidden with `hidden` alone, and opens the menu on a phone', async () => {
    const page = await newPage()
    await page.setViewportSize(WIDE)
    await page.goto('/about-the-data')
    const button = page.locator('.govuk-service-navigation__toggle')
    // GOV.UK Frontend's script follows the width through a media query listener: wait for it.
    const menuButtonHidden = (hidden: boolean) =>
      page.waitForFunction(
        wanted => document.querySelector<HTMLElement>('.govuk-service-navigation__toggle')?.hidden === wanted,
        hidden,
      )
    await menuButtonHidden(true)
    expect(await menuButtonState(page)).toEqual([true, null])
    await page.setViewportSize(PHONE)
    await menuButtonHidden(false)
    expect(await menuButtonState(page)).toEqual([false, null])
    expect(await page.locator('#navigation').isVisible()).toBe(false)
    await button.click()
    expect(await button.getAttribute('aria-expanded')).toBe('true')
    expect(await page.locator('#navigation').isVisible()).toBe(true)
    await page.setViewportSize(WIDE)
    await menuButtonHidden(true)
    expect(await menuButtonState(page)).toEqual([true, null])
  })

  it('a case study page fits a phone, long links and all', async () => {
    const page = await newPage()
    await page.goto(seeded.caseStudy)
    expect(await page.locator('main').innerText()).toContain(LONG_LINK)
    await expectFitsPhones(page)
    await expectAccessible(page)
  })

  it('the API page fits a phone, its long examples scrolling in boxes a keyboard can reach', async () => {
    const page = await newPage()
    await page.goto('/api')
    await expectFitsPhones(page)
    const example = page.locator('pre.app-code').first()
    expect(await example.evaluate((pre: HTMLElement) => pre.scrollWidth > pre.clientWidth)).toBe(true)
    expect(await example.getAttribute('tabindex')).toBe('0')
    await expectAccessible(page)
  })

  type User = typeof PUBLISHER | typeof COUNCIL_ADMIN | typeof CURATOR
  // Each page, who sees it, and text it must show (so an empty page cannot pass).
  const TABLE_PAGES: [string, User, () => string, string][] = [
    ['history', PUBLISHER, () => seeded.history, 'Published'],
    ['compare', PUBLISHER, () => seeded.compare, LONG_LINK],
    ['publisher dashboard', PUBLISHER, () => '/publish', WAITING],
    ['members', COUNCIL_ADMIN, () => '/councils/leeds-city-council/members', LONG_EMAIL],
    ['review queue', CURATOR, () => '/review', WAITING],
    ['users', CURATOR, () => '/admin/users', LONG_EMAIL],
    ['search admin', CURATOR, () => '/admin/search', NOTHING_MATCHES],
  ]

  it.each(TABLE_PAGES)(
    'the %s page fits a phone, with its tables still tables',
    async (_name, user, path, expected) => {
      const page = await signedInPage(user)
      await page.setViewportSize(PHONE)
      await page.goto(path())
      expect(await page.locator('main').innerText()).toContain(expected)
      await expectAccessible(page)
      await expectFitsPhones(page)
      // Restyled rows and cells are still a table to assistive technology: ask Chromium's own tree.
      if ((await page.locator('main table').count()) > 0) {
        const cdp = await page.context().newCDPSession(page)
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string } }[] }
        const roles = new Set(nodes.map(node => node.role?.value))
        expect(['table', 'row', 'columnheader', 'cell'].filter(role => !roles.has(role))).toEqual([])
      }
    },
  )
})
