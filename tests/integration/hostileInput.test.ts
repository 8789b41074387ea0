import request from 'supertest'
import { User } from '../../models/User'
import { formClient, signedInClient } from '../helpers/formClient'
import { lastEmailTo, linkIn } from '../helpers/mailbox'
import { createTestApp, testClock, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

const signedIn = async (role: 'officer' | 'networkAdmin' = 'officer') => (await signedInClient(app, { role })).client

// Every form, with a valid-looking body to corrupt field by field.
const FORMS: { path: string; fields: Record<string, string>; signedIn?: boolean; admin?: boolean }[] = [
  {
    path: '/create-account',
    fields: { name: 'A Name', email: 'someone@example.org', password: 'a long passphrase here' },
  },
  { path: '/sign-in', fields: { email: 'someone@example.org', password: 'whatever password' } },
  { path: '/forgotten-password', fields: { email: 'someone@example.org' } },
  { path: '/create-account/resend-email', fields: { email: 'someone@example.org' } },
  { path: '/account/change-name', fields: { name: 'New Name' }, signedIn: true },
  {
    path: '/account/change-password',
    fields: { currentPassword: 'x', newPassword: 'a long passphrase here' },
    signedIn: true,
  },
  { path: '/account/delete', fields: { password: 'x', confirm: 'yes' }, signedIn: true },
  { path: '/account/council', fields: { councilCode: 'E08000035' }, signedIn: true },
  { path: '/admin/councils/leeds-city-council/email-domains', fields: { domain: 'leeds.example' }, admin: true },
]

const clientFor = async (form: (typeof FORMS)[number]) =>
  form.admin ? signedIn('networkAdmin') : form.signedIn ? signedIn() : formClient(app)

describe('hostile input on every form', () => {
  it.each(FORMS.map(form => [form.path, form] as const))(
    '%s: MongoDB operators in field names and values are refused, nothing stored',
    async (_path, form) => {
      const client = await clientFor(form)
      const usersBefore = await User.countDocuments()
      const firstField = Object.keys(form.fields)[0]!
      const fields: Record<string, string> = { ...form.fields }
      delete fields[firstField]
      fields[`${firstField}[$ne]`] = 'x'
      const res = await client.submit(form.path, fields)
      expect(res.status).toBe(400)
      expect(res.text).toContain('There is a problem')
      expect(res.text).toContain(`href="#${firstField}"`)
      expect(await User.countDocuments()).toBe(usersBefore)
    },
  )

  it.each(FORMS.map(form => [form.path, form] as const))(
    '%s: a JSON body with operators is refused with the error summary',
    async (_path, form) => {
      const client = await clientFor(form)
      const token = await client.csrfTokenFrom(form.path)
      const res = await client.agent
        .post(form.path)
        .set('Content-Type', 'application/json')
        .set('X-CSRF-Token', token)
        .send(JSON.stringify({ email: { $gt: '' }, name: { $gt: '' }, password: { $gt: '' } }))
      expect(res.status).toBe(400)
      expect(res.text).toContain('There is a problem')
    },
  )

  it.each(FORMS.map(form => [form.path, form] as const))(
    '%s: a 1 MB field gets a clear error, not a 500',
    async (_path, form) => {
      const client = await clientFor(form)
      const firstField = Object.keys(form.fields)[0]!
      const res = await client.submit(form.path, { ...form.fields, [firstField]: 'x'.repeat(1024 * 1024) })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.text).toMatch(/There is a problem|too large/)
    },
  )

  it.each(FORMS.map(form => [form.path, form] as const))(
    '%s: without the CSRF token nothing happens',
    async (_path, form) => {
      const client = await clientFor(form)
      const res = await client.agent.post(form.path).type('form').send(form.fields)
      expect(res.status).toBe(403)
      expect(res.text).toContain('Your form could not be sent')
    },
  )

  it('a CSRF token from another session is refused', async () => {
    const other = formClient(app)
    const token = await other.csrfTokenFrom('/sign-in')
    const res = await formClient(app)
      .agent.post('/sign-in')
      .type('form')
      .send({ email: 'a@example.org', password: 'x', _csrf: token })
    expect(res.status).toBe(403)
  })

  it('control characters, bidi overrides and zero-width characters in a name are refused', async () => {
    for (const name of ['Bad\u0000Name', 'Evil\u202eemaN', 'Zero\u200bWidth', 'Tab\tName']) {
      const res = await formClient(app).submit('/create-account', {
        name,
        email: `odd-${name.length}@example.org`,
        password: 'a long passphrase here',
      })
      expect(res.status).toBe(400)
      expect(res.text).toContain('Full name must only include letters, spaces, hyphens and apostrophes')
    }
    expect(await User.countDocuments({ email: /^odd-/ })).toBe(0)
  })

  it('accented and non-Latin names are welcome and shown escaped', async () => {
    const client = await signedIn()
    await client.submit('/account/change-name', { name: 'Siân <script>alert(1)</script> Ó Dónaill 王' })
    const page = await client.get('/account')
    expect(page.text).toContain('Siân &lt;script&gt;alert(1)&lt;/script&gt; Ó Dónaill 王')
    expect(page.text).not.toContain('<script>alert(1)</script>')
  })

  it('a replayed verification link and an expired reset link are refused clearly', async () => {
    const clock = testClock()
    const clockedServices = testServices({}, clock)
    const clockedApp = createTestApp(clockedServices)
    const client = formClient(clockedApp)
    await client.submit('/create-account', {
      name: 'Replay Test',
      email: 'replay@example.org',
      password: 'a long passphrase here',
    })
    const verifyLink = linkIn(lastEmailTo('replay@example.org'))
    expect((await client.get(verifyLink)).status).toBe(200)
    const replay = await client.get(verifyLink)
    expect(replay.status).toBe(400)
    expect(replay.text).toContain('This link has expired or has already been used')

    await client.submit('/forgotten-password', { email: 'replay@example.org' })
    await clockedServices.background.settled()
    const resetLink = linkIn(lastEmailTo('replay@example.org'))
    clock.advance(61 * 60 * 1000)
    const expired = await client.get(resetLink)
    expect(expired.status).toBe(400)
    expect(expired.text).toContain('This link has expired or has already been used')
    const token = await client.csrfTokenFrom('/sign-in')
    const post = await client.agent
      .post(resetLink)
      .type('form')
      .send({ password: 'a new long passphrase', _csrf: token })
    expect(post.status).toBe(400)
    const signIn = await formClient(clockedApp).submit('/sign-in', {
      email: 'replay@example.org',
      password: 'a new long passphrase',
    })
    expect(signIn.status).toBe(400)
  })

  it('made-up tokens and ids in URLs get clear pages, never a 500', async () => {
    const admin = await signedIn('networkAdmin')
    expect((await request(app).get('/verify-email/not-a-real-token')).status).toBe(400)
    expect((await request(app).get(`/reset-password/${'%00'.repeat(10)}`)).status).toBe(400)
    expect((await admin.get('/councils/no-such-council/members')).status).toBe(404)
    const res = await admin.submit('/admin/users', { status: 'disabled' }, '/admin/users/not-an-object-id/status')
    expect(res.status).toBe(404)
  })
})
