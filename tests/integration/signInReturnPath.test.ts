import type { Express } from 'express'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { formClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

let app: Express
beforeAll(async () => {
  const services = testServices()
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

/** Follows a sign-in link as a visitor would, signs in, and returns where sign-in sends them. */
async function signInFrom(link: string): Promise<string> {
  const user = await createUser({ role: 'officer' })
  const client = formClient(app)
  const res = await client.submit(link, { email: user.email, password: FACTORY_PASSWORD }, '/sign-in')
  expect(res.status).toBe(302)
  return res.headers.location as string
}

describe('coming back after signing in', () => {
  it('returns to the case study from each of its sign-in links', async () => {
    const { slug } = await createPublishedCaseStudy()
    const page = await formClient(app).get(`/case-studies/${slug}`)
    const links = [...page.text.matchAll(/href="(\/sign-in\?returnTo=[^"]+)"/g)].map(match => match[1]!)
    expect(links).toHaveLength(3) // "see contacts", "ask the team" and "save this case study"
    for (const link of links) expect(await signInFrom(link.replace(/&amp;/g, '&'))).toBe(`/case-studies/${slug}`)
  })

  it.each([
    '//evil.example',
    '/\\evil.example',
    '/%5Cevil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '%2F%2Fevil.example',
    '/%09/evil.example',
    '/a%0D%0ASet-Cookie:%20x=1',
    'evil.example',
  ])('ignores a hostile return value (%s) and goes to the account page', async value => {
    const query = value.includes('%') ? value : encodeURIComponent(value)
    expect(await signInFrom(`/sign-in?returnTo=${query}`)).toBe('/account')
  })

  it('ignores a repeated return value', async () => {
    expect(await signInFrom('/sign-in?returnTo=/a&returnTo=/b')).toBe('/account')
  })

  it('keeps where a protected page sent the visitor when the link has no return value', async () => {
    const user = await createUser({ role: 'publisher' })
    const client = formClient(app)
    expect((await client.get('/publish')).headers.location).toBe('/sign-in')
    const res = await client.submit(
      '/sign-in?returnTo=//evil.example',
      { email: user.email, password: FACTORY_PASSWORD },
      '/sign-in',
    )
    expect(res.headers.location).toBe('/publish')
  })
})
