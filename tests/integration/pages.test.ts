import request from 'supertest'
import { createTestApp, servicesFailingWith, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('public pages', () => {
  beforeAll(async () => {
    await testServices().referenceData.loadCouncils()
  })

  it('the home page says what the service is and counts the councils', async () => {
    const res = await request(createTestApp()).get('/').expect(200)
    expect(res.text).toContain('<h1 class="govuk-heading-xl">Find practice from councils like yours</h1>')
    expect(res.text).toMatch(/<span class="app-stat">398<\/span>\s*councils/)
    expect(res.text).toContain('<title>Practice Exchange</title>')
  })

  it('gives visitors who see no form no cookie, and visitors who do no session', async () => {
    for (const path of ['/', '/about-the-data', '/no-such-page']) {
      const res = await request(createTestApp()).get(path)
      expect(res.headers['set-cookie']).toBeUndefined()
    }
    // A form page gives a visitor only the CSRF cookie; a session is stored once they sign in.
    const signIn = await request(createTestApp()).get('/sign-in')
    expect(String(signIn.headers['set-cookie'])).toContain('practice-exchange.csrf')
    expect(String(signIn.headers['set-cookie'])).not.toContain('practice-exchange.sid')
  })

  it('the about-the-data page attributes every source and licence', async () => {
    const res = await request(createTestApp()).get('/about-the-data').expect(200)
    expect(res.text).toContain('<title>About the data – Practice Exchange</title>')
    expect(res.text).toContain('Contains data from mySociety, licensed under the Creative Commons Attribution 4.0')
    expect(res.text).toContain(
      'licensed under the Open Government Licence v3.0, from the Office for National Statistics',
    )
    expect(res.text).toContain('Office for National Statistics, Explore Local Statistics similar areas')
  })

  it('every page has the skip link, brand-neutral header, beta banner and OGL footer', async () => {
    const res = await request(createTestApp()).get('/feedback').expect(200)
    expect(res.text).toContain('<a href="#main-content" class="govuk-skip-link"')
    expect(res.text).toContain('govuk-generic-header__homepage-link')
    expect(res.text).toMatch(/govuk-phase-banner__content__tag">Beta</)
    expect(res.text).toContain('Open Government Licence v3.0</a>')
    expect(res.text).not.toMatch(/crown|crest|GDS Transport/i)
  })

  it('unknown addresses get the GOV.UK-style 404 page', async () => {
    const res = await request(createTestApp()).get('/no-such-page').expect(404)
    expect(res.text).toContain('Page not found')
    expect(res.text).toContain('<title>Page not found – Practice Exchange</title>')
  })

  it('an unexpected failure gets the 500 page with a reference and no stack trace', async () => {
    const broken = servicesFailingWith(new Error('boom at secretFunction (/srv/app.js:1:1)'))
    const res = await request(createTestApp(broken)).get('/').expect(500)
    expect(res.text).toContain('Sorry, there is a problem with the service')
    expect(res.text).toContain(res.headers['x-request-id'] as string)
    expect(res.text).not.toContain('secretFunction')
  })

  it('serves with a strict content security policy and no inline scripts', async () => {
    const res = await request(createTestApp()).get('/').expect(200)
    const csp = res.headers['content-security-policy'] as string
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers['x-powered-by']).toBeUndefined()
    const scripts = res.text.match(/<script[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toMatch(/ src="/)
  })

  it('serves the compiled stylesheet without the GDS Transport font', async () => {
    const res = await request(createTestApp()).get('/assets/css/application.css').expect(200)
    expect(res.text).toContain('.govuk-template')
    expect(res.text).toContain('system-ui')
    expect(res.text).not.toContain('GDS Transport')
  })

  it('echoes a well-formed request id and replaces a malformed one', async () => {
    const app = createTestApp()
    const echoed = await request(app).get('/healthz').set('X-Request-Id', 'abc-123').expect(200)
    expect(echoed.headers['x-request-id']).toBe('abc-123')
    const replaced = await request(app).get('/healthz').set('X-Request-Id', '<script>').expect(200)
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })
})
