/// <reference lib="dom" />
import { buildContent } from '../factories/records'
import { insertPublishedCaseStudy } from '../factories/storedCaseStudy'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { expectAccessible, expectPath, newPageAfter, pageState, useBrowserApp } from '../helpers/browser'
import { lastEmailTo } from '../helpers/mailbox'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const CONTACTS = [
  { name: 'Priya Shah', role: 'Falls service manager', email: 'priya.shah@leeds.example', phone: '' },
  { name: 'Owen Reed', role: 'Data lead', email: 'owen.reed@leeds.example', phone: '' },
]
const QUESTION = 'How did you persuade the care homes to share their falls data, and how long did it take?'

describe('asking a case study’s team, in a browser', () => {
  const { newPage, signedInPage } = useBrowserApp()

  it('sign in from the case study → ask → confirmation → the contact opts out → the publisher sees the question; every page accessible', async () => {
    const { slug } = await insertPublishedCaseStudy({
      content: buildContent({ title: 'Falls prevention calls', contacts: CONTACTS }),
    })
    const officer = await createUser({ role: 'officer', councilCode: 'E06000052', name: 'Morgan Ellis' })
    const page = await newPage()

    // A visitor follows "Sign in to ask the team" and comes back to the case study.
    await page.goto(`/case-studies/${slug}`)
    await newPageAfter(page, () => page.getByRole('link', { name: 'Sign in to ask the team' }).click())
    await page.getByLabel('Email address').fill(officer.email)
    await page.getByLabel('Password').fill(FACTORY_PASSWORD)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Sign in' }).click())
    await expectPath(page, `/case-studies/${slug}`)

    // The form names the team by name and role; sending nothing shows the error summary.
    await expect(page.locator('#ask-recipients').textContent()).resolves.toContain('Priya Shah, Falls service manager')
    await expectAccessible(page)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Send question' }).click())
    expect(new URL(page.url()).pathname).toBe(`/case-studies/${slug}/ask`)
    await expect(page.title()).resolves.toMatch(/^Error: Ask the team about Falls prevention calls/)
    await pageState(
      page,
      'focus on the error summary',
      () => document.activeElement?.closest('.govuk-error-summary') != null,
    )
    await expectAccessible(page)

    // The character count counts as the officer types.
    await page.getByLabel('Your question').fill(QUESTION)
    await pageState(page, 'the character count updated', () =>
      Boolean(document.querySelector('.govuk-character-count__status')?.textContent?.includes('characters remaining')),
    )
    await expectAccessible(page)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Send question' }).click())
    await expectPath(page, /^\/enquiries\/[0-9a-f]{24}$/)
    await expect(page.locator('h1').textContent()).resolves.toBe('Your question has been sent')
    const confirmation = (await page.locator('main').textContent()) ?? ''
    expect(confirmation).toContain('Owen Reed, Data lead')
    for (const contact of CONTACTS) expect(confirmation).not.toContain(contact.email)
    await expectAccessible(page)

    // The email went to the contact, from the officer; its link opts the contact out, signed in or not.
    const email = lastEmailTo('priya.shah@leeds.example')
    expect(email?.text).toContain('Morgan Ellis from Cornwall Council')
    expect(email?.text).toContain(QUESTION)
    const optOut = /http:\/\/practice-exchange\.test(\/enquiries\/opt-out\/\S+)/.exec(email?.text ?? '')![1]!
    const contactPage = await newPage()
    await contactPage.goto(optOut)
    await expect(contactPage.locator('h1').textContent()).resolves.toBe('Stop getting questions')
    await expectAccessible(contactPage)
    await newPageAfter(contactPage, () =>
      contactPage.getByRole('button', { name: 'Stop getting questions about this case study' }).click(),
    )
    await expect(contactPage.locator('h1').textContent()).resolves.toBe(
      'You will not get questions about this case study',
    )
    await expectAccessible(contactPage)

    // The form now names only who is left.
    await page.goto(`/case-studies/${slug}/ask`)
    const recipients = (await page.locator('#ask-recipients').textContent()) ?? ''
    expect(recipients).toContain('Owen Reed')
    expect(recipients).not.toContain('Priya Shah')

    // The lead council's publisher finds the question from the publishing dashboard.
    const publisher = await signedInPage({ role: 'publisher', councilCode: 'E08000035' })
    await publisher.goto('/publish')
    await newPageAfter(publisher, () =>
      publisher.getByRole('link', { name: 'Questions officers have asked about your council’s case studies' }).click(),
    )
    await expectPath(publisher, '/publish/enquiries')
    await expect(publisher.locator('main').textContent()).resolves.toContain(QUESTION)
    await expect(publisher.locator('main').textContent()).resolves.toContain('Morgan Ellis, Cornwall Council')
    await expectAccessible(publisher)
  })
})
