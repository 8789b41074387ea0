import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import type { Express } from 'express'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { FACTORY_PASSWORD } from '../factories/userFactory'
import { createTestApp, testServices } from './testApp'

// Debian's Chromium: Playwright's own browser download cannot work on this machine.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
}

/** Serves an app on a free loopback port; returns its base URL and a way to stop it. */
export async function serve(app: Express): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server: Server = await new Promise(resolve => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

export type AxeViolationSummary = { id: string; impact: string | null | undefined; help: string; targets: string[] }

/** axe-core with the WCAG 2.2 AA tags; returns the violations in a readable shape. */
export async function accessibilityViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA_TAGS).analyze()
  return results.violations.map(violation => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map(node => node.target.join(' ')),
  }))
}

/**
 * For a browser test file: the real app (reference data loaded) served on loopback, one Chromium,
 * a fresh context per page, all closed afterwards. Call at the top of a describe block.
 */
export function useBrowserApp() {
  let browser: Browser
  let server: { baseUrl: string; close: () => Promise<void> }
  const contexts: BrowserContext[] = []

  beforeAll(async () => {
    const services = testServices()
    await services.referenceData.loadCouncils()
    server = await serve(createTestApp(services))
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await Promise.all(contexts.map(context => context.close()))
    await browser?.close()
    await server?.close()
  })

  return {
    newPage: async (): Promise<Page> => {
      const context = await browser.newContext({ baseURL: server.baseUrl })
      contexts.push(context)
      return context.newPage()
    },

    signIn: async (page: Page, email: string, password = FACTORY_PASSWORD): Promise<void> => {
      await page.goto('/sign-in')
      await page.getByLabel('Email address').fill(email)
      await page.getByLabel('Password').fill(password)
      await page.getByRole('button', { name: 'Sign in' }).click()
    },
  }
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([])
}
