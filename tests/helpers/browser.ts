/// <reference lib="dom" />
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import type { Express } from 'express'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { Services } from '../../server/services'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { eventually, within } from './eventually'
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

// Budgets for one step, not for a journey: every wait is on a page state (a URL, an element, a
// load event), and these only bound how long a step may take before the test fails naming it.
// They are generous because the machine's two cores are shared with other test runs; a hang still
// fails well inside the test's own limit (tests/e2e/jestSetup.ts), so the error names the step.
export const STEP_TIMEOUT_MS = 30_000
/**
 * One axe-core check, which is one long script in the page with no limit of its own. On the search
 * page (hundreds of controls) it took up to 30 s while two busy loops and other test runs shared
 * the two cores (load average 18), against 2 s on an idle machine.
 */
export const AXE_TIMEOUT_MS = 90_000
/** Launching Chromium and preparing a file's data (seeding, building the search index). */
export const SETUP_TIMEOUT_MS = 300_000

export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: SETUP_TIMEOUT_MS })
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

/**
 * Waits until `condition(arg)` holds in the page, checking it from here with page.evaluate. Not
 * page.waitForFunction: that re-checks inside the page with eval, which the app's Content Security
 * Policy (no 'unsafe-eval') refuses, so it throws "EvalError" whenever its first check is false.
 * A check that meets a navigation under way counts as not yet.
 */
export function pageState(page: Page, what: string, condition: (arg: string) => unknown, arg = ''): Promise<void> {
  return eventually(
    what,
    async () => {
      try {
        return Boolean(await page.evaluate(condition, arg))
      } catch (error) {
        if (/context was destroyed|navigat/i.test(String(error))) return false
        throw error
      }
    },
    { timeoutMs: STEP_TIMEOUT_MS },
  )
}

// A mark on the window object of the page being left: the next document's window never has it.
const LEAVING = '__practiceExchangeLeaving'

/**
 * Runs an action that navigates (following a link, submitting a form) and resolves once the next
 * document has replaced this one and finished loading. Clicks do not wait for the navigation they
 * start, and a form that re-renders with errors keeps the URL, so waiting on the URL cannot tell.
 */
export async function newPageAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const leaving = page.url()
  await page.evaluate(mark => Object.assign(window, { [mark]: true }), LEAVING)
  await action()
  await pageState(page, `a new page after ${leaving}`, mark => !(mark in window), LEAVING)
  await page.waitForLoadState('load')
}

export type AxeViolationSummary = { id: string; impact: string | null | undefined; help: string; targets: string[] }

/** axe-core with the WCAG 2.2 AA tags; returns the violations in a readable shape. */
export async function accessibilityViolations(page: Page): Promise<AxeViolationSummary[]> {
  const analysis = new AxeBuilder({ page }).withTags(WCAG_22_AA_TAGS).analyze()
  const results = await within(`axe-core on ${page.url()}`, AXE_TIMEOUT_MS, analysis)
  return results.violations.map(violation => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map(node => node.target.join(' ')),
  }))
}

export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  expect(await accessibilityViolations(page)).toEqual([])
}

/**
 * Where a navigation or form post led: this path (or a path matching this pattern), with no error
 * summary. A form that refused its input stays where it was, so a failure shows the summary's text
 * at once instead of a wait for a URL that never comes.
 */
export async function expectPath(page: Page, path: string | RegExp): Promise<void> {
  const at = new URL(page.url()).pathname
  const errors = await page.locator('.govuk-error-summary').allInnerTexts()
  const expected: unknown = typeof path === 'string' ? path : expect.stringMatching(path)
  expect({ at, errors }).toEqual({ at: expected, errors: [] })
}

type UserOptions = Parameters<typeof createUser>[0]
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>

/**
 * For a browser test file: the real app (reference data loaded, then `prepare`) served on loopback
 * and one Chromium, both started once for the file; a fresh browser context for each test, closed
 * after it. Call once, at the top of the file or of a describe block.
 */
export function useBrowserApp({
  prepare,
  finish,
}: { prepare?: (services: Services) => Promise<void>; finish?: (services: Services) => Promise<void> } = {}) {
  const services = testServices()
  let app: Express
  let browser: Browser
  let server: { baseUrl: string; close: () => Promise<void> }
  let contexts: BrowserContext[] = []
  // Each kind of user signs in once per file; later pages reuse the session cookie.
  const sessions = new Map<string, Promise<StorageState>>()

  beforeAll(async () => {
    await services.referenceData.loadCouncils()
    await prepare?.(services)
    app = createTestApp(services)
    server = await serve(app)
    browser = await launchBrowser()
  }, SETUP_TIMEOUT_MS)

  afterEach(async () => {
    const closing = contexts
    contexts = []
    await Promise.all(closing.map(context => context.close()))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await finish?.(services)
  }, SETUP_TIMEOUT_MS)

  async function newContext(storageState?: StorageState): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: server.baseUrl, storageState })
    context.setDefaultTimeout(STEP_TIMEOUT_MS)
    context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS)
    contexts.push(context)
    return context
  }

  /** Signs in through the form and waits for the page that answers (the account page, or errors). */
  async function signIn(page: Page, email: string, password = FACTORY_PASSWORD): Promise<void> {
    await page.goto('/sign-in')
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill(password)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Sign in' }).click())
  }

  async function signedInState(options: UserOptions): Promise<StorageState> {
    const user = await createUser(options)
    const context = await browser.newContext({ baseURL: server.baseUrl })
    try {
      context.setDefaultTimeout(STEP_TIMEOUT_MS)
      const page = await context.newPage()
      await signIn(page, user.email)
      if (new URL(page.url()).pathname !== '/account') throw new Error(`could not sign in: at ${page.url()}`)
      return await context.storageState()
    } finally {
      await context.close()
    }
  }

  return {
    /** The app under test, for seeding through its real forms (tests/helpers/formClient.ts). */
    app: () => app,
    services,
    baseUrl: () => server.baseUrl,
    browser: () => browser,

    /** A page in a fresh context (no cookies), closed after the test. */
    newPage: async (): Promise<Page> => (await newContext()).newPage(),

    /**
     * A page in a fresh context, signed in as a user of this kind (created and signed in through
     * the form the first time the file asks for that kind; the same user afterwards).
     */
    signedInPage: async (options: UserOptions = {}): Promise<Page> => {
      const key = JSON.stringify(options)
      let state = sessions.get(key)
      if (!state) {
        state = signedInState(options)
        sessions.set(key, state)
      }
      return (await newContext(await state)).newPage()
    },

    signIn,
  }
}
