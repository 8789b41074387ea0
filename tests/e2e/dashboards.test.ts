/// <reference lib="dom" />
// evaluateAll callbacks run in the browser, hence the DOM types above.
import type { Page } from 'playwright-core'
import { Types } from 'mongoose'
import { CaseStudy } from '../../models/CaseStudy'
import { dashboardRepository } from '../../server/data/dashboardRepository'
import { usageCountRepository } from '../../server/data/usageCountRepository'
import { createDashboardService } from '../../server/services/diffusion/dashboardService'
import { ukDay, addDays } from '../../server/services/diffusion/days'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const
const COUNCIL_ADMIN = { role: 'councilAdmin', councilCode: 'E08000035' } as const
const CURATOR = { role: 'networkAdmin' } as const
const PHONE = { width: 390, height: 844 }
const today = ukDay(new Date())
const daysAgo = (count: number) => addDays(today, -count)
const SCREENSHOTS = process.env.DASHBOARD_SCREENSHOTS

/** Saves a full-page screenshot when DASHBOARD_SCREENSHOTS names a folder: for looking at, not asserting. */
async function screenshot(page: Page, name: string) {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** Every row of the table with this id, as cell texts. */
const tableRows = (page: Page, id: string) =>
  page
    .locator(`#${id} tbody tr`)
    .evaluateAll(rows =>
      rows.map(row => Array.from(row.querySelectorAll('th, td')).map(cell => (cell.textContent ?? '').trim())),
    )

describe('dashboards in a browser', () => {
  const { signedInPage } = useBrowserApp({
    prepare: async services => {
      // Declarations are another feature's: a fixed source here, so their charts are checked too.
      services.dashboards = createDashboardService({
        repository: dashboardRepository,
        usage: usageCountRepository,
        councils: services.councils,
        clock: services.clock,
        declarationCounts: ids =>
          Promise.resolve(
            ids
              .slice(0, 3)
              .map((caseStudyId, at) => ({ day: daysAgo(at * 9), caseStudyId, status: 'adopted', count: at + 1 })),
          ),
      })
      const original = await createPublishedCaseStudy({
        title: 'Community wealth building through local procurement',
        themes: ['economy'],
      })
      const other = await createPublishedCaseStudy({
        title: 'Warm spaces network',
        themes: ['communities', 'public-health'],
      })
      await createPublishedCaseStudy({
        councilCode: 'E06000052',
        adaptedFromId: original.id,
        publishedAt: new Date(`${daysAgo(20)}T12:00:00Z`),
      })
      const views = [12, 30, 8, 0, 44, 61, 25, 19, 33, 70, 52, 48, 90, 120, 80, 75]
      await usageCountRepository.addViews(
        views.flatMap((count, week) => [
          { caseStudyId: original.id, day: daysAgo(week * 7 + 1), count },
          { caseStudyId: other.id, day: daysAgo(week * 7 + 2), count: Math.round(count / 3) },
        ]),
      )
      await usageCountRepository.addSearches(
        views.map((count, week) => ({
          day: daysAgo(week * 7),
          searches: count * 4,
          zeroResults: Math.round(count / 5),
        })),
        [
          { day: today, key: 'q1', query: 'homelessness prevention', searches: 42, zeroResults: 0 },
          { day: today, key: 'q2', query: 'warm spaces', searches: 17, zeroResults: 0 },
          { day: today, key: 'q3', query: 'gritting rota [phone]', searches: 3, zeroResults: 3 },
        ],
      )
      const waiting = await createPublishedCaseStudy({ title: 'Waiting for review' })
      await CaseStudy.updateOne(
        { _id: new Types.ObjectId(waiting.id) },
        {
          $set: {
            draft: {
              content: { title: 'Waiting for review' },
              revision: 1,
              reviewState: 'submitted',
              submittedAt: new Date(Date.now() - 40 * 24 * 60 * 60 * 1000),
              submittedBy: null,
              curatorComment: '',
              savedSections: [],
              updatedAt: new Date(),
            },
          },
        },
      )
    },
  })

  it('a publisher reaches their council’s dashboard from the publish page; it is accessible, wide and on a phone', async () => {
    const page = await signedInPage(PUBLISHER)
    await page.goto('/publish')
    await newPageAfter(page, () => page.getByRole('link', { name: 'your council’s dashboard' }).click())
    expect(new URL(page.url()).pathname).toBe('/councils/leeds-city-council/dashboard')
    await expect(page.locator('h1').textContent()).resolves.toBe('Dashboard')
    expect(await page.getByRole('img', { name: 'Page views' }).count()).toBe(1)
    const totals = await tableRows(page, 'case-study-totals')
    expect(totals.map(row => row[0])).toEqual([
      'Community wealth building through local procurement',
      'Warm spaces network',
      'Waiting for review',
    ])
    // Title, views, declarations (from the fixed source above), adaptations.
    expect(totals[0]).toEqual([
      'Community wealth building through local procurement',
      '767',
      expect.stringMatching(/^[0-3]$/),
      '1',
    ])
    await expectAccessible(page)
    await screenshot(page, 'council-dashboard')

    await page.getByLabel('Period').selectOption('13')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Show period' }).click())
    expect(new URL(page.url()).search).toBe('?weeks=13')
    expect(await tableRows(page, 'views-table')).toHaveLength(13)

    await page.setViewportSize(PHONE)
    await expectAccessible(page)
    const width = await page.evaluate('document.documentElement.scrollWidth')
    expect(width).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'council-dashboard-phone')
  })

  it('a council admin reaches it from the members page', async () => {
    const page = await signedInPage(COUNCIL_ADMIN)
    await page.goto('/councils/leeds-city-council/members')
    await newPageAfter(page, () => page.getByRole('link', { name: 'Leeds City Council’s dashboard' }).click())
    await expect(page.locator('h1').textContent()).resolves.toBe('Dashboard')
  })

  it('a curator reaches the network dashboard from the admin navigation; it is accessible', async () => {
    const page = await signedInPage(CURATOR)
    await page.goto('/review')
    await newPageAfter(page, () => page.getByRole('link', { name: 'Dashboard', exact: true }).click())
    await expect(page.locator('h1').textContent()).resolves.toBe('Network dashboard')
    expect(await tableRows(page, 'top-queries')).toEqual([
      ['homelessness prevention', '42', '0'],
      ['warm spaces', '17', '0'],
      ['gritting rota [phone]', '3', '3'],
    ])
    expect(await page.getByRole('img', { name: 'Declarations by theme' }).count()).toBe(1)
    expect(await page.getByRole('img', { name: 'Case studies waiting for review, by how long' }).count()).toBe(1)
    await expectAccessible(page)
    await screenshot(page, 'network-dashboard')
    await page.setViewportSize(PHONE)
    await expectAccessible(page)
    await screenshot(page, 'network-dashboard-phone')
  })
})
