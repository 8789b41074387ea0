import { User } from '../../models/User'
import { AuditEvent } from '../../models/AuditEvent'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { formClient, signedInClient } from '../helpers/formClient'
import { lastEmailTo, linkIn } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
const app = () => createTestApp(services)

beforeAll(async () => {
  await services.referenceData.loadCouncils()
})

describe('creating an account', () => {
  it('emails a single-use link; following it verifies the email and makes a council-domain user an officer', async () => {
    const client = formClient(app())
    const created = await client.submit('/create-account', {
      name: 'Priya Shah',
      email: 'Priya.Shah@Leeds.gov.uk',
      password: 'a long and unusual passphrase',
    })
    expect(created.status).toBe(302)
    expect(created.headers.location).toBe('/create-account/check-your-email')
    expect((await client.get('/create-account/check-your-email')).text).toContain(
      '<strong>priya.shah@leeds.gov.uk</strong>',
    )

    const stored = await User.findOne({ email: 'priya.shah@leeds.gov.uk' }).lean()
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/)
    expect(stored?.emailVerifiedAt).toBeNull()

    const email = lastEmailTo('priya.shah@leeds.gov.uk')
    expect(email?.subject).toBe('Confirm your email address')
    const link = linkIn(email)
    const verified = await client.get(link).expect(200)
    expect(verified.text).toContain('Email address confirmed')
    const again = await client.get(link).expect(400)
    expect(again.text).toContain('This link has expired or has already been used')

    const signedIn = await client.submit('/sign-in', {
      email: 'priya.shah@leeds.gov.uk',
      password: 'a long and unusual passphrase',
    })
    expect(signedIn.headers.location).toBe('/account')
    const account = await client.get('/account').expect(200)
    expect(account.text).toMatch(/id="account-council">\s*Leeds City Council/)
    expect(account.text).toMatch(/id="account-roles">Officer</)
    expect(await AuditEvent.countDocuments({ subjectId: stored?._id.toString() })).toBeGreaterThanOrEqual(4)
  })

  it('gives the same answer for an email that already has an account, and tells its owner by email', async () => {
    const existing = await createUser({ role: 'officer' })
    const client = formClient(app())
    const res = await client.submit('/create-account', {
      name: 'Someone Else',
      email: existing.email,
      password: 'another long passphrase here',
    })
    expect(res.headers.location).toBe('/create-account/check-your-email')
    expect(lastEmailTo(existing.email)?.subject).toBe('You already have a Practice Exchange account')
    expect(await User.countDocuments({ email: existing.email })).toBe(1)
  })

  it('re-shows the form with GOV.UK errors, keeping what was typed but not the password', async () => {
    const client = formClient(app())
    const res = await client.submit('/create-account', { name: '  ', email: 'not-an-email', password: 'password1' })
    expect(res.status).toBe(400)
    expect(res.text).toContain('<title>Error: Create an account – Practice Exchange</title>')
    expect(res.text).toContain('<a href="#name">Enter your full name</a>')
    expect(res.text).toContain(
      '<a href="#email">Enter an email address in the correct format, like name@leeds.gov.uk</a>',
    )
    expect(res.text).toContain('<a href="#password">Password must be 10 characters or more</a>')
    expect(res.text).toContain('value="not-an-email"')
    expect(res.text).not.toContain('value="password1"')
  })

  it('refuses a common password', async () => {
    const client = formClient(app())
    const res = await client.submit('/create-account', {
      name: 'A Person',
      email: 'a.person@example.org',
      password: 'qwertyuiop',
    })
    expect(res.status).toBe(400)
    expect(res.text).toContain('Choose a password that is harder to guess')
    expect(await User.countDocuments({ email: 'a.person@example.org' })).toBe(0)
  })
})

describe('signing in and out', () => {
  it('rotates the session id at sign-in and ends the session at sign-out', async () => {
    const user = await createUser({ role: 'officer' })
    const client = formClient(app())
    await client.get('/sign-in')
    const before = client.agent.jar.getCookie('practice-exchange.sid', {
      domain: '127.0.0.1',
      path: '/',
      secure: false,
      script: false,
    })?.value
    expect((await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })).status).toBe(302)
    const after = client.agent.jar.getCookie('practice-exchange.sid', {
      domain: '127.0.0.1',
      path: '/',
      secure: false,
      script: false,
    })?.value
    expect(after).toBeDefined()
    expect(after).not.toBe(before)

    await client.get('/account').expect(200)
    const token = await client.csrfTokenFrom('/account')
    await client.agent.post('/sign-out').type('form').send({ _csrf: token }).expect(302)
    const afterSignOut = await client.get('/account')
    expect(afterSignOut.status).toBe(302)
    expect(afterSignOut.headers.location).toBe('/sign-in')
  })

  it('says the same for a wrong password and an unknown email', async () => {
    const user = await createUser({ role: 'officer' })
    const wrongPassword = await formClient(app()).submit('/sign-in', {
      email: user.email,
      password: 'not the password',
    })
    const unknownEmail = await formClient(app()).submit('/sign-in', {
      email: 'nobody@example.org',
      password: 'not the password',
    })
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.status).toBe(400)
      expect(res.text).toContain('<a href="#email">Enter a correct email address and password</a>')
    }
  })

  it('brings a visitor back to the page they asked for', async () => {
    const user = await createUser({ role: 'officer' })
    const client = formClient(app())
    expect((await client.get('/account/change-name')).headers.location).toBe('/sign-in')
    const res = await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })
    expect(res.headers.location).toBe('/account/change-name')
  })
})

describe('forgotten password', () => {
  it('emails a single-use link that sets a new password, and says the same for unknown emails', async () => {
    const user = await createUser({ role: 'officer' })
    const client = formClient(app())
    const unknown = await client.submit('/forgotten-password', { email: 'nobody-here@example.org' })
    expect(unknown.headers.location).toBe('/forgotten-password/email-sent')
    await services.background.settled()
    expect(lastEmailTo('nobody-here@example.org')).toBeUndefined()

    expect((await client.submit('/forgotten-password', { email: user.email })).status).toBe(302)
    await services.background.settled() // the email is sent after the answer
    const link = linkIn(lastEmailTo(user.email))
    const done = await client.submit(link, { password: 'a brand new passphrase' })
    expect(done.status).toBe(200)
    expect(done.text).toContain('Your password has been reset')
    expect((await client.get(link)).status).toBe(400)
    expect(lastEmailTo(user.email)?.subject).toBe('Your password has been changed')

    const signIn = await formClient(app()).submit('/sign-in', { email: user.email, password: 'a brand new passphrase' })
    expect(signIn.headers.location).toBe('/account')
  })
})

describe('your account', () => {
  const signedIn = (role: 'officer' | 'unverified' = 'officer') => signedInClient(app(), { role })

  it('changes the name and the password', async () => {
    const { user, client } = await signedIn()
    expect((await client.submit('/account/change-name', { name: 'Renamed Person' })).status).toBe(302)
    expect((await client.get('/account')).text).toContain('Your name has been changed')
    expect((await User.findById(user._id).lean())?.name).toBe('Renamed Person')

    const wrong = await client.submit('/account/change-password', {
      currentPassword: 'wrong one',
      newPassword: 'a different passphrase',
    })
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('Your current password is not correct')
    expect(
      (
        await client.submit('/account/change-password', {
          currentPassword: FACTORY_PASSWORD,
          newPassword: 'a different passphrase',
        })
      ).status,
    ).toBe(302)
    const signIn = await formClient(app()).submit('/sign-in', { email: user.email, password: 'a different passphrase' })
    expect(signIn.status).toBe(302)
  })

  it('changing the password signs the account out everywhere else', async () => {
    const { user, client } = await signedIn()
    const elsewhere = formClient(app())
    await elsewhere.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })
    expect((await elsewhere.get('/account')).status).toBe(200)
    await client.submit('/account/change-password', {
      currentPassword: FACTORY_PASSWORD,
      newPassword: 'a brand new passphrase',
    })
    expect((await client.get('/account')).status).toBe(200)
    expect((await elsewhere.get('/account')).headers.location).toBe('/sign-in')
  })

  it('downloads everything held about the user as JSON, without the password hash', async () => {
    const { user, client } = await signedIn()
    const res = await client.get('/account/download').expect(200)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(res.headers['content-disposition']).toContain('practice-exchange-your-data.json')
    const data = JSON.parse(res.text) as {
      account: { email: string }
      membership: { councilCode: string }
      activity: { action: string }[]
    }
    expect(data.account.email).toBe(user.email)
    expect(data.membership.councilCode).toBe('E08000035')
    expect(data.activity.map(event => event.action)).toContain('account.signed-in')
    expect(res.text).not.toContain('argon2')
  })

  it('deletes the account and its personal data after the password is confirmed', async () => {
    const { user, client } = await signedIn()
    const refused = await client.submit('/account/delete', { password: FACTORY_PASSWORD })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Confirm that you want to delete your account')
    expect((await client.submit('/account/delete', { password: FACTORY_PASSWORD, confirm: 'yes' })).status).toBe(302)
    expect(await User.countDocuments({ _id: user._id })).toBe(0)
    const events = await AuditEvent.find({ subjectId: user._id.toString() }).lean()
    expect(events.map(event => event.action)).toContain('account.deleted')
    expect(JSON.stringify(events)).not.toContain(user.email)
    expect((await client.get('/account')).status).toBe(302)
  })
})
