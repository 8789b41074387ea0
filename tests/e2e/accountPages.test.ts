/// <reference lib="dom" />
import { createUser } from '../factories/userFactory'
import { expectAccessible, expectPath, newPageAfter, pageState, useBrowserApp } from '../helpers/browser'
import { lastEmailTo, linkIn } from '../helpers/mailbox'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('accounts in a browser', () => {
  const { newPage, signIn, signedInPage } = useBrowserApp()

  it('create account → open the email file → verify → sign in → account page → sign out, by keyboard, every page accessible', async () => {
    const page = await newPage()
    await page.goto('/create-account')
    await expectAccessible(page)

    // Submitting empty shows the error summary, focused, linking to each field.
    await newPageAfter(page, () => page.getByRole('button', { name: 'Create account' }).click())
    await expect(page.title()).resolves.toBe('Error: Create an account – Practice Exchange')
    // GOV.UK Frontend moves focus to the summary once its script has started.
    await pageState(
      page,
      'focus on the error summary',
      () => document.activeElement?.closest('.govuk-error-summary') != null,
    )
    await expectAccessible(page)

    // Fill the form with the keyboard alone.
    await page.getByRole('link', { name: 'Enter your full name' }).press('Enter')
    // The error summary's script moves focus to the field the link names: type only once it has.
    await pageState(page, 'focus on the name field', () => document.activeElement?.id === 'name')
    await page.keyboard.type('Morgan Ellis')
    await page.keyboard.press('Tab')
    await page.keyboard.type('morgan.ellis@leeds.gov.uk')
    await page.keyboard.press('Tab')
    await page.keyboard.type('river otter lantern seven')
    await newPageAfter(page, () => page.keyboard.press('Enter'))
    await expectPath(page, '/create-account/check-your-email')
    await expect(page.locator('h1').textContent()).resolves.toBe('Check your email')
    await expectAccessible(page)

    await page.goto(linkIn(lastEmailTo('morgan.ellis@leeds.gov.uk')))
    await expect(page.locator('h1').textContent()).resolves.toBe('Email address confirmed')
    await expectAccessible(page)

    await signIn(page, 'morgan.ellis@leeds.gov.uk', 'river otter lantern seven')
    await expectPath(page, '/account')
    await expect(page.locator('#account-council').textContent()).resolves.toContain('Leeds City Council')
    await expect(page.locator('#account-roles').textContent()).resolves.toBe('Officer')
    await expectAccessible(page)

    await newPageAfter(page, () => page.getByRole('button', { name: 'Sign out' }).click())
    await expectPath(page, '/signed-out')
    await expect(page.locator('h1').textContent()).resolves.toBe('You have signed out')
    await expectAccessible(page)
    await page.goto('/account')
    await expectPath(page, '/sign-in')
  })

  it('a locked-out sign-in and the password reset pages are accessible', async () => {
    const user = await createUser({ role: 'officer' })
    const page = await newPage()
    for (let attempt = 0; attempt < 6; attempt++) await signIn(page, user.email, 'wrong password')
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('too many times')
    await expectAccessible(page)

    await page.goto('/forgotten-password')
    await expectAccessible(page)
    await page.getByLabel('Email address').fill(user.email)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Send reset link' }).click())
    await expectPath(page, '/forgotten-password/email-sent')
    await expectAccessible(page)
    await page.goto(linkIn(lastEmailTo(user.email)))
    await expectAccessible(page)
    await page.getByLabel('New password').fill('short')
    await newPageAfter(page, () => page.getByRole('button', { name: 'Save new password' }).click())
    await expect(page.locator('.govuk-error-summary').count()).resolves.toBe(1)
    await expectAccessible(page)
  })

  it('every account and council-admin page is accessible to a council admin, and network-admin pages are refused', async () => {
    // Members of each kind, so the members page shows every kind of row.
    await createUser({ role: 'officer', councilCode: 'E08000035', pending: true })
    await createUser({ role: 'publisher', councilCode: 'E08000035' })
    const councilAdminPage = await signedInPage({ role: 'councilAdmin', councilCode: 'E08000035' })
    for (const path of [
      '/account',
      '/account/change-name',
      '/account/change-password',
      '/account/delete',
      '/councils/leeds-city-council/members',
    ]) {
      await councilAdminPage.goto(path)
      expect(await councilAdminPage.locator('h1').count()).toBe(1)
      await expectAccessible(councilAdminPage)
    }
    await councilAdminPage.goto('/admin/users')
    await expect(councilAdminPage.locator('h1').textContent()).resolves.toBe(
      'You do not have permission to see this page',
    )
    await expectAccessible(councilAdminPage)
  })

  it('the join-a-council page and its errors are accessible', async () => {
    const joiner = await signedInPage({ role: 'verified' })
    await joiner.goto('/account/council')
    await expectAccessible(joiner)
    await newPageAfter(joiner, () => joiner.getByRole('button', { name: 'Send request' }).click())
    await expect(joiner.locator('.govuk-error-summary').textContent()).resolves.toContain('Select your council')
    await expectAccessible(joiner)
  })

  it('the network-admin pages are accessible', async () => {
    const adminPage = await signedInPage({ role: 'networkAdmin' })
    for (const path of ['/admin/users', '/admin/councils/leeds-city-council/email-domains']) {
      await adminPage.goto(path)
      await expectAccessible(adminPage)
    }
  })
})
