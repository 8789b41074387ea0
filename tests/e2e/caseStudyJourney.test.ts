/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { CaseStudy } from '../../models/CaseStudy'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { createUser } from '../factories/userFactory'
import { expectAccessible, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('a case study from first draft to second publication, in a browser', () => {
  const { newPage, signIn } = useBrowserApp()

  async function pageFor(role?: Parameters<typeof createUser>[0]): Promise<Page> {
    const page = await newPage()
    if (role) {
      await signIn(page, (await createUser(role)).email)
      await page.waitForURL('**/account')
    }
    return page
  }

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

  it('publishes, reviews and republishes, with every page accessible and every form usable by keyboard', async () => {
    const publisher = await pageFor({ role: 'publisher', councilCode: 'E08000035' })
    const curator = await pageFor({ role: 'networkAdmin' })
    const visitor = await pageFor()
    const officer = await pageFor({ role: 'officer', councilCode: 'E06000052' })

    await publisher.goto('/publish')
    await expectAccessible(publisher)
    await publisher.getByRole('button', { name: 'Start a new case study' }).click()
    await expectAccessible(publisher)
    await publisher.getByLabel('What is the programme called?').fill('Draft title')
    await publisher.keyboard.press('Enter')
    await publisher.waitForURL(/\/publish\/case-studies\/[0-9a-f]{24}$/)
    const taskList = new URL(publisher.url()).pathname
    await expectAccessible(publisher)

    for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS)) {
      await publisher.goto(`${taskList}/sections/${section}`)
      await expectAccessible(publisher)
      await expectKeyboardReachable(publisher)
      await fillSection(publisher, fields)
      await publisher.getByRole('button', { name: 'Save and return to the task list' }).click()
      await publisher.waitForURL(`**${taskList}`)
    }
    await expect(publisher.locator('body').textContent()).resolves.toContain('You have completed 15 of 15 sections')
    await expectAccessible(publisher)

    await publisher.getByRole('button', { name: 'Check your answers and submit' }).click()
    await expectAccessible(publisher)
    await publisher.getByRole('button', { name: 'Submit for review' }).click()
    await publisher.waitForURL(`**${taskList}`)

    await curator.goto('/review')
    await expectAccessible(curator)
    await curator.getByRole('link', { name: 'Community wealth building through local procurement' }).click()
    await expectAccessible(curator)
    await curator.getByRole('radio', { name: 'Request changes' }).check()
    await curator.getByLabel('Comment for the publisher').fill('Add the year two figures.')
    await curator.getByRole('button', { name: 'Send decision' }).click()
    await curator.waitForURL('**/review')

    await publisher.goto(taskList)
    await expect(publisher.locator('#curator-comment').textContent()).resolves.toBe('Add the year two figures.')
    await expectAccessible(publisher)
    await publisher.goto(`${taskList}/sections/outcomes-and-evidence`)
    await publisher
      .getByLabel('What changed?')
      .fill('Local spend rose from 21% to 34% in year one and 38% in year two.')
    await publisher.getByRole('button', { name: 'Save and return to the task list' }).click()
    await publisher.goto(`${taskList}/check-answers`)
    await publisher.getByRole('button', { name: 'Submit for review' }).click()

    await curator.goto('/review')
    await curator.getByRole('link', { name: 'Community wealth building through local procurement' }).click()
    await curator.getByRole('radio', { name: 'Publish' }).check()
    await curator.getByRole('button', { name: 'Send decision' }).click()
    await curator.waitForURL('**/review')

    const id = taskList.split('/').pop()!
    const slug = (await CaseStudy.findById(id).lean())!.slug
    await visitor.goto(`/case-studies/${slug}`)
    await expect(visitor.locator('h1').textContent()).resolves.toBe(
      'Community wealth building through local procurement',
    )
    await expect(visitor.locator('#contacts-sign-in').textContent()).resolves.toContain(
      'Sign in as a council officer to see contacts',
    )
    expect(await visitor.locator('[data-contact]').count()).toBe(0)
    await expectAccessible(visitor)

    await officer.goto(`/case-studies/${slug}`)
    await expect(officer.locator('[data-contact]').first().textContent()).resolves.toContain('alex.contact@example.org')

    // A second edit: the public page keeps the published version until the curator publishes it.
    await publisher.goto(`${taskList}/sections/lessons`)
    await publisher
      .getByLabel('What would you tell a council about to try this?')
      .fill('Start with categories where local suppliers already exist, and publish a pipeline of contracts.')
    await publisher.getByRole('button', { name: 'Save and return to the task list' }).click()
    await publisher.goto(`${taskList}/check-answers`)
    await publisher.getByRole('button', { name: 'Submit for review' }).click()
    await visitor.reload()
    await expect(visitor.locator('body').textContent()).resolves.not.toContain('publish a pipeline of contracts')

    await curator.goto(`/review/${id}`)
    await expect(curator.locator('.app-diff .app-diff-added').first().textContent()).resolves.toContain(
      'publish a pipeline',
    )
    await expectAccessible(curator)
    await curator.getByRole('radio', { name: 'Publish' }).check()
    await curator.getByRole('button', { name: 'Send decision' }).click()
    await curator.waitForURL('**/review')
    await visitor.reload()
    await expect(visitor.locator('body').textContent()).resolves.toContain('publish a pipeline of contracts')

    await publisher.goto(`${taskList}/history`)
    expect(await publisher.getByText('Published', { exact: true }).count()).toBe(2)
    await expectAccessible(publisher)
    await publisher.getByRole('button', { name: 'Compare versions' }).click()
    await expect(publisher.locator('h1').textContent()).resolves.toMatch(/^Changes from version \d+ to version \d+$/)
    await expectAccessible(publisher)
    await publisher.goto(`${taskList}/preview`)
    await expectAccessible(publisher)
    // One long journey across four browsers: give it room on a shared two-core machine.
  }, 240_000)
})
