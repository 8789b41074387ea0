import { Writable } from 'node:stream'
import request from 'supertest'
import { Session } from '../../models/Session'
import { ZeroResultSearch } from '../../models/ZeroResultSearch'
import { createApp } from '../../server/app'
import { userRepository } from '../../server/data/userRepository'
import { createLogger } from '../../server/logger'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { formClient, signedInClient } from '../helpers/formClient'
import { lastEmailTo, linkIn } from '../helpers/mailbox'
import { createTestApp, testConfig, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.searchIndex.ready()
  app = createTestApp(services)
})

afterEach(() => jest.restoreAllMocks())

/** The real app writing its log to an array, as the probe read it from the log file. */
function appWithCapturedLog() {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  return { app: createApp(services, testConfig(), createLogger('info', stream)), log: () => lines.join('') }
}

const sidOf = (client: ReturnType<typeof formClient>) =>
  client.agent.jar.getCookie('practice-exchange.sid', { domain: '127.0.0.1', path: '/', secure: false, script: false })
    ?.value

describe('the request log', () => {
  it('never holds a reset token: not the page URL, not the Referer of its assets, not after the reset', async () => {
    const { app: loggedApp, log } = appWithCapturedLog()
    const user = await createUser({ role: 'officer' })
    const client = formClient(loggedApp)
    await client.submit('/forgotten-password', { email: user.email })
    await services.background.settled()
    const link = linkIn(lastEmailTo(user.email))
    const token = link.split('/').pop()!
    expect(token.length).toBeGreaterThan(20)

    const page = await client.get(link)
    expect(page.status).toBe(200)
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    // What a browser that ignored the policy would send with the page's stylesheet and scripts.
    const assets = [...page.text.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map(match => match[1]!)
    expect(assets.length).toBeGreaterThanOrEqual(4)
    for (const asset of assets) {
      await client.agent.get(asset).set('Referer', `http://practice-exchange.test${link}?from=email`).expect(200)
    }
    const done = await client.submit(link, { password: 'a brand new passphrase' })
    expect(done.text).toContain('Your password has been reset')

    const text = log()
    expect(text).toContain('/reset-password/[redacted]')
    expect(text).toContain('"referer":"http://practice-exchange.test/reset-password/[redacted]?from=[redacted]"')
    expect(text).not.toContain(token)
    expect(text).not.toContain(token.slice(0, 12))
  })

  it('holds the search parameter names, never what was searched for', async () => {
    const { app: loggedApp, log } = appWithCapturedLog()
    await request(loggedApp).get('/case-studies?q=jo.bloggs%40example.org&page=1').expect(200)
    const text = log()
    expect(text).toContain('/case-studies?q=[redacted]&page=[redacted]')
    expect(text).not.toMatch(/bloggs/i)
  })
})

describe('searches that found nothing', () => {
  it('are stored with the personal data masked', async () => {
    const q = 'zzqx housing for jo.bloggs@example.org at 12 Acacia Avenue LS1 4AB on 0113 496 0000 ref 123456789012'
    const res = await request(app)
      .get(`/case-studies?q=${encodeURIComponent(q)}`)
      .expect(200)
    expect(res.text).toContain('0 case studies') // the premise: nothing found, so it is recorded
    const stored = await ZeroResultSearch.find({ query: /zzqx/ }).lean()
    expect(stored.map(search => search.query)).toEqual([
      'zzqx housing for [email] at [address] [postcode] on [phone] ref [phone]',
    ])
  })
})

describe('forgotten password', () => {
  it('answers before looking the address up, for addresses with and without an account alike', async () => {
    const user = await createUser({ role: 'officer' })
    // Hold every lookup until the answer has arrived: if the answer waited for the lookup, it never would.
    let release!: () => void
    const gate = new Promise<void>(resolve => (release = resolve))
    const lookedUp: string[] = []
    const findByEmail = userRepository.findByEmail.bind(userRepository)
    jest.spyOn(userRepository, 'findByEmail').mockImplementation(async email => {
      lookedUp.push(email)
      await gate
      return findByEmail(email)
    })

    const known = await formClient(app).submit('/forgotten-password', { email: user.email })
    const unknown = await formClient(app).submit('/forgotten-password', { email: 'nobody-known@example.org' })
    expect([known.status, unknown.status]).toEqual([302, 302])
    expect(known.headers.location).toBe(unknown.headers.location)
    expect(lastEmailTo(user.email)).toBeUndefined()

    release()
    await services.background.settled()
    expect(lookedUp).toEqual([user.email, 'nobody-known@example.org'])
    expect(lastEmailTo(user.email)?.subject).toMatch(/reset/i)
    expect(lastEmailTo('nobody-known@example.org')).toBeUndefined()
  })
})

describe('caching', () => {
  it('sends Cache-Control: no-store to signed-in users, and on pages showing an address or a token', async () => {
    const { client } = await signedInClient(app, { role: 'officer' })
    for (const path of ['/account', '/', '/case-studies', '/no-such-page'])
      expect([path, (await client.get(path)).headers['cache-control']]).toEqual([path, 'no-store'])

    const visitor = formClient(app)
    expect((await visitor.get('/')).headers['cache-control']).toBeUndefined()
    await visitor.submit('/forgotten-password', { email: 'someone-else@example.org' })
    const sent = await visitor.get('/forgotten-password/email-sent')
    expect(sent.text).toContain('someone-else@example.org')
    expect(sent.headers['cache-control']).toBe('no-store')
    expect((await request(app).get('/reset-password/made-up-token')).headers['cache-control']).toBe('no-store')
  })
})

describe('sessions and CSRF for visitors', () => {
  const FORM_PAGES = ['/sign-in', '/create-account', '/forgotten-password', '/create-account/resend-email']

  it('stores no session for anonymous visits to form pages', async () => {
    const before = await Session.countDocuments()
    for (let visit = 0; visit < 50; visit++) {
      const res = await request(app)
        .get(FORM_PAGES[visit % FORM_PAGES.length]!)
        .expect(200)
      expect(res.text).toMatch(/name="_csrf" value="[\w-]{43}"/)
      expect(String(res.headers['set-cookie'])).not.toContain('practice-exchange.sid')
    }
    for (const path of ['/', '/case-studies?q=housing', '/feedback']) await request(app).get(path).expect(200)
    expect(await Session.countDocuments()).toBe(before)
  })

  it('signs in and creates an account with CSRF enforced, and rotates a session that existed before', async () => {
    const user = await createUser({ role: 'officer' })
    const client = formClient(app)
    // A stored session before signing in (the forgotten-password form remembers where it sent the email).
    await client.submit('/forgotten-password', { email: 'not-this-one@example.org' })
    const before = sidOf(client)
    expect(before).toBeDefined()
    expect((await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })).status).toBe(302)
    expect(sidOf(client)).toBeDefined()
    expect(sidOf(client)).not.toBe(before)
    expect((await client.get('/account')).status).toBe(200)

    const created = await formClient(app).submit('/create-account', {
      name: 'New Person',
      email: 'new-person@example.org',
      password: 'a long and unusual passphrase',
    })
    expect(created.headers.location).toBe('/create-account/check-your-email')
  })

  it('refuses a missing, forged, or another visitor’s token, and a token without its cookie', async () => {
    const fields = { email: 'someone@example.org', password: 'whatever password' }
    const visitor = formClient(app)
    const token = await visitor.csrfTokenFrom('/sign-in')
    const post = (client: ReturnType<typeof formClient>, body: Record<string, string>) =>
      client.agent.post('/sign-in').type('form').send(body)

    expect((await post(visitor, fields)).status).toBe(403)
    expect((await post(visitor, { ...fields, _csrf: 'A'.repeat(43) })).status).toBe(403)
    const other = formClient(app)
    await other.csrfTokenFrom('/sign-in') // has a cookie of its own
    expect((await post(other, { ...fields, _csrf: token })).status).toBe(403)
    expect((await post(formClient(app), { ...fields, _csrf: token })).status).toBe(403)
    expect((await post(visitor, { ...fields, _csrf: token })).status).toBe(400) // accepted, wrong password
  })

  it('keeps signed-in users on session-bound tokens: a visitor token or another user’s token is refused', async () => {
    const { client: first } = await signedInClient(app, { role: 'officer' })
    const { client: second } = await signedInClient(app, { role: 'officer' })
    const firstToken = await first.csrfTokenFrom('/account/change-name')
    const visitorToken = await formClient(app).csrfTokenFrom('/sign-in')
    for (const _csrf of [firstToken, visitorToken]) {
      const res = await second.agent.post('/account/change-name').type('form').send({ name: 'Changed', _csrf })
      expect(res.status).toBe(403)
    }
    expect((await first.submit('/account/change-name', { name: 'Changed' })).status).toBe(302)
  })
})

describe('Strict-Transport-Security', () => {
  it('is sent only over HTTPS, as the trusted proxy reports it', async () => {
    expect((await request(app).get('/')).headers['strict-transport-security']).toBeUndefined()
    expect(
      (await request(app).get('/').set('X-Forwarded-Proto', 'https')).headers['strict-transport-security'],
    ).toBeUndefined() // not trusted: TRUST_PROXY is 0 here

    const behindProxy = createApp(services, testConfig({ TRUST_PROXY: '1' }), createLogger('silent'))
    expect((await request(behindProxy).get('/')).headers['strict-transport-security']).toBeUndefined()
    const secure = await request(behindProxy).get('/').set('X-Forwarded-Proto', 'https')
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
  })
})
