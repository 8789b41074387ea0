import { emptyContent } from '../../models/vocabulary'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { saveEverySection } from '../factories/publishedCaseStudy'
import { insertPublishedCaseStudy } from '../factories/storedCaseStudy'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { formClient, signedInClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const CURATOR = { role: 'networkAdmin' } as const
const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const

describe('curators’ pages and the publisher’s banner, in a browser', () => {
  const { app, signedInPage } = useBrowserApp()

  it('the licences page lists a case study stored with a closed licence, and is accessible', async () => {
    const { id } = await insertPublishedCaseStudy({
      content: {
        ...emptyContent('A programme from before open licences'),
        licence: 'all-rights-reserved',
        documents: [{ title: 'Tender template', url: 'https://example.org/tender', licence: 'CC-BY-SA-4.0' }],
      },
    })
    const curator = await signedInPage(CURATOR)
    await curator.goto('/review')
    await newPageAfter(curator, () => curator.getByRole('link', { name: 'Licences', exact: true }).click())
    await expect(curator.locator('h1').textContent()).resolves.toBe('Licences')
    await expect(curator.locator('#licence-checks').textContent()).resolves.toContain(
      'Case study: All rights reserved (ask before reusing)',
    )
    await expectAccessible(curator)

    await newPageAfter(curator, () =>
      curator.getByRole('link', { name: 'Choose an open licence for A programme from before open licences' }).click(),
    )
    expect(new URL(curator.url()).pathname).toBe(`/publish/case-studies/${id}/sections/licence`)
  })

  it('the search settings page fits the screen however long a logged search is', async () => {
    await formClient(app()).get(`/case-studies?q=${'y'.repeat(600)}`)
    const curator = await signedInPage(CURATOR)
    await curator.goto('/admin/search')
    await expect(curator.locator('#zero-result-searches').textContent()).resolves.toContain('y'.repeat(200))
    const widths = await curator.evaluate('({ page: document.documentElement.scrollWidth, window: window.innerWidth })')
    const { page, window } = widths as { page: number; window: number }
    expect(page).toBeLessThanOrEqual(window)
    await expectAccessible(curator)
  })

  it('shows "submitted" on the task list after submitting, and not on the page after', async () => {
    const { client } = await signedInClient(app(), PUBLISHER)
    const started = await client.submit('/publish/case-studies/new', { title: 'Banner in a browser' })
    const taskList = started.headers.location as string
    await saveEverySection(client, taskList, {
      'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title: 'Banner in a browser' },
    })
    // Another publisher of the same council, in the browser: publishers work on their council's case studies.
    const publisher = await signedInPage(PUBLISHER)
    await publisher.goto(`${taskList}/check-answers`)
    await newPageAfter(publisher, () => publisher.getByRole('button', { name: 'Submit for review' }).click())
    expect(new URL(publisher.url()).pathname).toBe(taskList)
    const banner = publisher.locator('.govuk-notification-banner--success')
    await expect(banner.textContent()).resolves.toContain('Submitted for review')

    await newPageAfter(publisher, () => publisher.getByRole('link', { name: 'Preview how it will look' }).click())
    expect(await banner.count()).toBe(0)
  })
})
