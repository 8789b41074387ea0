/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { CaseStudy } from '../../models/CaseStudy'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, saveEverySection, submitAndPublish } from '../factories/publishedCaseStudy'
import { SETUP_TIMEOUT_MS, expectAccessible, expectPath, newPageAfter, useBrowserApp } from '../helpers/browser'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const
const CURATOR = { role: 'networkAdmin' } as const
const OFFICER = { role: 'officer', councilCode: 'E06000052' } as const
const SECTIONS = Object.keys(VALID_SECTION_FIELDS)
const SAVE = 'Save and return to the task list'

describe('a case study from first draft to second publication, in a browser', () => {
  const { app, newPage, signedInPage } = useBrowserApp()

  // Each step of the journey starts from a case study brought to that point through the app's own
  // forms (over HTTP, CSRF and all), so the steps are separate tests that do not depend on each other.
  let seeding: { publisher: FormClient; curator: FormClient }
  beforeAll(async () => {
    seeding = {
      publisher: (await signedInClient(app(), PUBLISHER)).client,
      curator: (await signedInClient(app(), CURATOR)).client,
    }
  }, SETUP_TIMEOUT_MS)

  const titled = (title: string) => ({ 'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title } })

  async function startDraft(title: string): Promise<string> {
    const started = await seeding.publisher.submit('/publish/case-studies/new', { title })
    if (started.status !== 302) throw new Error(`start failed: ${started.status}`)
    return started.headers.location as string
  }

  async function submittedDraft(title: string): Promise<{ id: string; taskList: string }> {
    const taskList = await startDraft(title)
    await saveEverySection(seeding.publisher, taskList, titled(title))
    const submitted = await seeding.publisher.submit(`${taskList}/check-answers`, {})
    if (submitted.status !== 302) throw new Error(`submit failed: ${submitted.status}`)
    return { id: taskList.split('/').pop()!, taskList }
  }

  const slugOf = async (id: string) => (await CaseStudy.findById(id).lean())!.slug

  /** Every form control can be reached with Tab (one per radio group, as browsers do). */
  async function expectKeyboardReachable(page: Page) {
    const needed = await page.evaluate((): string[] => {
      const controls = Array.from(
        document.querySelectorAll<HTMLElement>(
          'main input:not([type=hidden]), main select, main textarea, main button',
        ),
      )
      const keys = controls.map((control: HTMLElement): string => {
        const input = control as HTMLInputElement
        return input.type === 'radio'
          ? `radio:${input.name}`
          : control.id || `${control.tagName}:${control.textContent?.trim() ?? ''}`
      })
      return Array.from(new Set(keys))
    })
    const reached = new Set<string>()
    await page.locator('body').focus()
    for (let i = 0; i < needed.length * 2 + 40 && needed.some(control => !reached.has(control)); i++) {
      await page.keyboard.press('Tab')
      reached.add(
        await page.evaluate(() => {
          const active = document.activeElement as HTMLElement | null
          if (!active) return ''
          return active instanceof HTMLInputElement && active.type === 'radio'
            ? `radio:${active.name}`
            : active.id || `${active.tagName}:${active.textContent?.trim() ?? ''}`
        }),
      )
    }
    expect(needed.filter(control => !reached.has(control))).toEqual([])
  }

  async function fillSection(page: Page, fields: Record<string, string | string[]>) {
    for (const [name, value] of Object.entries(fields)) {
      const values = Array.isArray(value) ? value : [value]
      const first = page.locator(`[name="${name}"]`).first()
      const kind = await first.evaluate(element =>
        element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
      )
      if (kind === 'checkbox' || kind === 'radio')
        for (const item of values) await page.locator(`[name="${name}"][value="${item}"]`).check()
      else if (kind === 'select') await first.selectOption(values[0] ?? '')
      else await first.fill(values[0] ?? '')
    }
  }

  /** Presses a button that posts a form and waits for the page it leads to. */
  const press = (page: Page, name: string) =>
    newPageAfter(page, () => page.getByRole('button', { name, exact: true }).click())

  /** Presses a button that posts a form, then checks it led to `path` rather than back with errors. */
  async function pressTo(page: Page, name: string, path: string | RegExp) {
    await press(page, name)
    await expectPath(page, path)
  }

  describe('each section form, on a new draft', () => {
    let draft: string
    beforeAll(async () => {
      draft = await startDraft('A draft to look at')
    }, SETUP_TIMEOUT_MS)

    it.each(SECTIONS)('the %s form is accessible and every control can be reached by keyboard', async section => {
      const publisher = await signedInPage(PUBLISHER)
      await publisher.goto(`${draft}/sections/${section}`)
      await expectAccessible(publisher)
      await expectKeyboardReachable(publisher)
    })
  })

  it('a publisher starts a case study, completes every section and submits it for review', async () => {
    const publisher = await signedInPage(PUBLISHER)
    await publisher.goto('/publish')
    await expectAccessible(publisher)
    await press(publisher, 'Start a new case study')
    await expectAccessible(publisher)
    await publisher.getByLabel('What is the programme called?').fill('Draft title')
    await newPageAfter(publisher, () => publisher.keyboard.press('Enter'))
    await expectPath(publisher, /^\/publish\/case-studies\/[0-9a-f]{24}$/)
    const taskList = new URL(publisher.url()).pathname
    await expectAccessible(publisher)

    for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS)) {
      await publisher.goto(`${taskList}/sections/${section}`)
      await fillSection(publisher, fields)
      await pressTo(publisher, SAVE, taskList)
    }
    await expect(publisher.locator('body').textContent()).resolves.toContain('You have completed 15 of 15 sections')
    await expectAccessible(publisher)

    await press(publisher, 'Check your answers and submit')
    await expectAccessible(publisher)
    await pressTo(publisher, 'Submit for review', taskList)

    // It is in the curators' queue.
    const curator = await signedInPage(CURATOR)
    await curator.goto('/review')
    const title = VALID_SECTION_FIELDS['title-and-summary']!.title as string
    expect(await curator.getByRole('link', { name: title }).count()).toBe(1)
  })

  it('a curator asks for changes, the publisher answers the comment and resubmits, and the curator publishes', async () => {
    const title = 'Local procurement, sent back once'
    const { id, taskList } = await submittedDraft(title)
    const curator = await signedInPage(CURATOR)
    const publisher = await signedInPage(PUBLISHER)

    await curator.goto('/review')
    await expectAccessible(curator)
    await newPageAfter(curator, () => curator.getByRole('link', { name: title }).click())
    await expectAccessible(curator)
    await curator.getByRole('radio', { name: 'Request changes' }).check()
    await curator.getByLabel('Comment for the publisher').fill('Add the year two figures.')
    await pressTo(curator, 'Send decision', '/review')

    await publisher.goto(taskList)
    await expect(publisher.locator('#curator-comment').textContent()).resolves.toBe('Add the year two figures.')
    await expectAccessible(publisher)
    await publisher.goto(`${taskList}/sections/outcomes-and-evidence`)
    await publisher
      .getByLabel('What changed?')
      .fill('Local spend rose from 21% to 34% in year one and 38% in year two.')
    await pressTo(publisher, SAVE, taskList)
    await publisher.goto(`${taskList}/check-answers`)
    await pressTo(publisher, 'Submit for review', taskList)

    await curator.goto('/review')
    await newPageAfter(curator, () => curator.getByRole('link', { name: title }).click())
    await curator.getByRole('radio', { name: 'Publish' }).check()
    await pressTo(curator, 'Send decision', '/review')

    const visitor = await newPage()
    await visitor.goto(`/case-studies/${await slugOf(id)}`)
    await expect(visitor.locator('h1').textContent()).resolves.toBe(title)
    await expect(visitor.locator('main').textContent()).resolves.toContain('38% in year two')
  })

  it('visitors see a published case study without its contacts, and officers of other councils with them', async () => {
    const title = 'Local procurement, as the public sees it'
    const { id } = await publishCaseStudy(seeding.publisher, seeding.curator, titled(title))
    const slug = await slugOf(id)

    const visitor = await newPage()
    await visitor.goto(`/case-studies/${slug}`)
    await expect(visitor.locator('h1').textContent()).resolves.toBe(title)
    await expect(visitor.locator('#contacts-sign-in').textContent()).resolves.toContain(
      'Sign in as a council officer to see contacts',
    )
    expect(await visitor.locator('[data-contact]').count()).toBe(0)
    await expectAccessible(visitor)

    const officer = await signedInPage(OFFICER)
    await officer.goto(`/case-studies/${slug}`)
    await expect(officer.locator('[data-contact]').first().textContent()).resolves.toContain('alex.contact@example.org')
  })

  it('a second edit stays off the public page until the curator publishes it', async () => {
    const { id, taskList } = await publishCaseStudy(
      seeding.publisher,
      seeding.curator,
      titled('Local procurement, edited after publication'),
    )
    const publisher = await signedInPage(PUBLISHER)
    const curator = await signedInPage(CURATOR)
    const visitor = await newPage()

    await publisher.goto(`${taskList}/sections/lessons`)
    await publisher
      .getByLabel('What would you tell a council about to try this?')
      .fill('Start with categories where local suppliers already exist, and publish a pipeline of contracts.')
    await pressTo(publisher, SAVE, taskList)
    await publisher.goto(`${taskList}/check-answers`)
    await pressTo(publisher, 'Submit for review', taskList)
    await visitor.goto(`/case-studies/${await slugOf(id)}`)
    await expect(visitor.locator('h1').textContent()).resolves.toBe('Local procurement, edited after publication')
    await expect(visitor.locator('body').textContent()).resolves.not.toContain('publish a pipeline of contracts')

    await curator.goto(`/review/${id}`)
    await expect(curator.locator('.app-diff .app-diff-added').first().textContent()).resolves.toContain(
      'publish a pipeline',
    )
    await expectAccessible(curator)
    await curator.getByRole('radio', { name: 'Publish' }).check()
    await pressTo(curator, 'Send decision', '/review')
    await visitor.reload()
    await expect(visitor.locator('body').textContent()).resolves.toContain('publish a pipeline of contracts')
  })

  it('the history, comparison and preview of a case study published twice are accessible', async () => {
    const { id, taskList } = await publishCaseStudy(
      seeding.publisher,
      seeding.curator,
      titled('Local procurement, published twice'),
    )
    const edited = await seeding.publisher.submit(`${taskList}/sections/lessons`, {
      lessons: 'Publish a pipeline of contracts.',
      action: 'save',
    })
    expect(edited.status).toBe(302)
    await submitAndPublish(seeding.publisher, seeding.curator, id)

    const publisher = await signedInPage(PUBLISHER)
    await publisher.goto(`${taskList}/history`)
    expect(await publisher.getByText('Published', { exact: true }).count()).toBe(2)
    await expectAccessible(publisher)
    await press(publisher, 'Compare versions')
    await expect(publisher.locator('h1').textContent()).resolves.toMatch(/^Changes from version \d+ to version \d+$/)
    await expectAccessible(publisher)
    await publisher.goto(`${taskList}/preview`)
    await expectAccessible(publisher)
  })
})
