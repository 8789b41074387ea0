/// <reference lib="dom" />
import { AlertSubscription } from '../../models/AlertSubscription'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { expectAccessible, expectPath, newPageAfter, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('saving and alerts, in a browser', () => {
  let caseStudy: { id: string; slug: string; title: string }
  const { newPage, signedInPage, services } = useBrowserApp({
    prepare: async services => {
      caseStudy = await createPublishedCaseStudy({ title: 'Community composting hubs' })
      await createPublishedCaseStudy({ title: 'Composting at schools' })
      await services.searchIndex.reindex()
    },
    finish: services => services.searchIndex.stop(),
  })

  it('saves a case study and a search, chooses how often to get emails, and unsubscribes from an email link', async () => {
    const page = await signedInPage({ role: 'officer' })
    await page.goto(`/case-studies/${caseStudy.slug}`)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save this case study' }).click())
    await expectPath(page, `/case-studies/${caseStudy.slug}`)
    await expect(page.locator('#save-case-study').innerText()).resolves.toContain('Saved')
    await expectAccessible(page)

    await page.goto('/case-studies?q=composting')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save this search' }).click())
    await expectPath(page, '/account/saved')
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain('Search saved')
    await expect(page.locator('#saved-case-studies-table').innerText()).resolves.toContain(caseStudy.title)
    await expectAccessible(page)

    const search = page.locator('#saved-search-1')
    await expect(search.locator('h3').innerText()).resolves.toBe('“composting”')
    await search.getByLabel('Daily').check()
    await newPageAfter(page, () => search.getByRole('button', { name: 'Save email choice' }).click())
    await expect(page.locator('.govuk-notification-banner').innerText()).resolves.toContain('alerts for that search')
    await expect(page.locator('#saved-search-1').getByLabel('Daily').isChecked()).resolves.toBe(true)
    await page.locator('#frequency-case-studies-2').check()
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save email choice' }).first().click())
    await expect(page.locator('#frequency-case-studies-2').isChecked()).resolves.toBe(true)
    await expectAccessible(page)

    // The link in an alert email, opened where nobody is signed in.
    const subscription = (await AlertSubscription.findOne({ kind: 'search' }).lean())!
    expect(subscription.frequency).toBe('daily')
    const visitor = await newPage()
    await visitor.goto(`/alerts/unsubscribe/${await services.unsubscribeTokens.sign(subscription._id)}`)
    await expect(visitor.locator('h1').innerText()).resolves.toBe('Stop alert emails')
    await expectAccessible(visitor)
    await newPageAfter(visitor, () => visitor.getByRole('button', { name: 'Stop these emails' }).click())
    await expect(visitor.locator('h1').innerText()).resolves.toBe('You have unsubscribed')
    await expectAccessible(visitor)
    expect((await AlertSubscription.findById(subscription._id).lean())!.frequency).toBe('off')
  })
})
