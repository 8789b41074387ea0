import { addMonths } from '../../server/services/diffusion/freshnessSchedule'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { saveEverySection } from '../factories/publishedCaseStudy'
import { createUser } from '../factories/userFactory'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { signedInClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const CURATOR = { role: 'networkAdmin' } as const
const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const

describe('freshness and curators’ journeys, in a browser', () => {
  const { app, signedInPage } = useBrowserApp()

  it('a publisher confirms the outcomes; the case page then shows it was reviewed today', async () => {
    const { id, slug } = await createPublishedCaseStudy({
      councilCode: 'E08000035',
      title: 'Old outcomes to confirm',
      publishedAt: addMonths(new Date(), -25),
    })
    const publisher = await signedInPage(PUBLISHER)
    await publisher.goto(`/publish/case-studies/${id}/review-outcomes`)
    await expect(publisher.locator('h1').textContent()).resolves.toBe('Are the outcomes still right?')
    await expectAccessible(publisher)
    await newPageAfter(publisher, () => publisher.getByRole('button', { name: 'Outcomes are still correct' }).click())
    await expect(publisher.locator('.govuk-notification-banner').textContent()).resolves.toContain('reviewed today')
    await expectAccessible(publisher)
    await publisher.goto(`/case-studies/${slug}`)
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' }).format(new Date())
    await expect(publisher.locator('#last-reviewed').textContent()).resolves.toContain(`Last reviewed ${today}`)
    await expectAccessible(publisher)
  })

  it('a curator finds stale case studies from the review queue and every council’s members from the navigation', async () => {
    await createPublishedCaseStudy({ title: 'Long unreviewed programme', publishedAt: addMonths(new Date(), -30) })
    const curator = await signedInPage(CURATOR)
    await curator.goto('/review')
    await newPageAfter(curator, () =>
      curator.getByRole('link', { name: 'case studies not reviewed for 2 years' }).click(),
    )
    await expect(curator.locator('#not-reviewed').textContent()).resolves.toContain('Long unreviewed programme')
    await expectAccessible(curator)

    await newPageAfter(curator, () => curator.getByRole('link', { name: 'Council memberships', exact: true }).click())
    await expectAccessible(curator)
    await curator.getByLabel('Search by council name').fill('Leeds')
    await newPageAfter(curator, () => curator.getByRole('button', { name: 'Search' }).click())
    await expect(curator.locator('#councils tbody tr').count()).resolves.toBe(1)
    await newPageAfter(curator, () => curator.getByRole('link', { name: 'Leeds City Council members' }).click())
    expect(new URL(curator.url()).pathname).toBe('/councils/leeds-city-council/members')
  })

  it('a curator approves a request to join from the users page', async () => {
    await createUser({ role: 'officer', councilCode: 'E06000053', pending: true, name: 'Pat Waiting' })
    const curator = await signedInPage(CURATOR)
    await curator.goto('/admin/users')
    await expect(curator.locator('#pending-requests').textContent()).resolves.toContain('Pat Waiting')
    await expectAccessible(curator)
    await newPageAfter(curator, () => curator.getByRole('button', { name: 'Approve Pat Waiting' }).click())
    await expect(curator.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Pat Waiting’s request approved',
    )
    await expectAccessible(curator)
  })

  it('the review page of a resubmission shows what changed since the request', async () => {
    const { client: publisher } = await signedInClient(app(), PUBLISHER)
    const { client: otherCurator } = await signedInClient(app(), CURATOR)
    const started = await publisher.submit('/publish/case-studies/new', { title: 'Resubmitted in a browser' })
    const taskList = started.headers.location as string
    const id = taskList.split('/').pop()!
    await saveEverySection(publisher, taskList, {
      'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title: 'Resubmitted in a browser' },
    })
    await publisher.submit(`${taskList}/check-answers`, {})
    await otherCurator.submit(
      `/review/${id}`,
      { decision: 'request-changes', comment: 'Say more.' },
      `/review/${id}/decision`,
    )
    await publisher.submit(`${taskList}/sections/lessons`, {
      lessons: 'Start with the categories where local suppliers already exist, and say so early.',
      action: 'save',
    })
    await publisher.submit(`${taskList}/check-answers`, {})

    const curator = await signedInPage(CURATOR)
    await curator.goto(`/review/${id}`)
    await expect(curator.locator('#changes-since-request').textContent()).resolves.toBe(
      'Changes since you asked for changes',
    )
    await expectAccessible(curator)
  })
})
