/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, hence the DOM types above.
import type { Page } from 'playwright-core'
import { StoreUnavailableError } from '../../server/errors/httpError'
import { accessibilityViolations, serve, useBrowserApp } from '../helpers/browser'
import { createTestApp, servicesFailingWith } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()
// One app and one Chromium for both blocks below.
const { newPage, baseUrl } = useBrowserApp()

describe('foundation pages in a browser', () => {
  let page: Page
  let consoleErrors: string[]
  const servers: { baseUrl: string; close: () => Promise<void> }[] = []

  const failingWith = async (error: Error) => {
    const server = await serve(createTestApp(servicesFailingWith(error)))
    servers.push(server)
    return server.baseUrl
  }

  beforeEach(async () => {
    page = await newPage()
    consoleErrors = []
    // CSP refusals and script errors show as console errors; a missing asset as a failed response.
    // The error pages' own status also logs "Failed to load resource", which is expected.
    page.on('console', message => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        consoleErrors.push(message.text())
    })
    page.on('response', response => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) {
        consoleErrors.push(`${response.status()} ${response.url()}`)
      }
    })
  })

  afterAll(async () => {
    await Promise.all(servers.map(server => server.close()))
  })

  const pages: [string, () => string | Promise<string>, number, string][] = [
    ['home', () => `${baseUrl()}/`, 200, 'Find practice from councils like yours'],
    ['about the data', () => `${baseUrl()}/about-the-data`, 200, 'About the data'],
    ['feedback', () => `${baseUrl()}/feedback`, 200, 'Give feedback on Practice Exchange'],
    [
      'accessibility statement',
      () => `${baseUrl()}/accessibility`,
      200,
      'Accessibility statement for Practice Exchange',
    ],
    ['API', () => `${baseUrl()}/api`, 200, 'Practice Exchange API'],
    ['not found', () => `${baseUrl()}/no-such-page`, 404, 'Page not found'],
    [
      'server error',
      async () => `${await failingWith(new Error('injected fault'))}/`,
      500,
      'Sorry, there is a problem with the service',
    ],
    [
      'service unavailable',
      async () => `${await failingWith(new StoreUnavailableError())}/`,
      503,
      'Sorry, the service is unavailable',
    ],
  ]

  it.each(pages)(
    'the %s page has no WCAG 2.2 AA violations and runs its scripts under the CSP',
    async (_name, url, status, heading) => {
      const response = await page.goto(await url())
      expect(response?.status()).toBe(status)
      await expect(page.locator('h1').textContent()).resolves.toBe(heading)
      expect(await accessibilityViolations(page)).toEqual([])
      // GOV.UK Frontend's start-up ran from our files: no inline script was needed.
      expect(await page.locator('body').getAttribute('class')).toContain('govuk-frontend-supported')
      expect(consoleErrors).toEqual([])
    },
  )

  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    await page.goto(`${baseUrl()}/about-the-data`)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content')
  })

  it('lays out at mobile width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 })
    for (const path of ['/', '/about-the-data']) {
      await page.goto(`${baseUrl()}${path}`)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
    }
  })
})

describe('the accessibility harness', () => {
  it('reports violations when there are some, so a clean result means something', async () => {
    const page = await newPage()
    await page.setContent('<html><body><img src="/x.png"><a href="/"></a></body></html>')
    const ids = (await accessibilityViolations(page)).map(violation => violation.id)
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']))
  })
})
