import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { formClient } from '../helpers/formClient'
import { sentEmails } from '../helpers/mailbox'
import { createTestApp, testClock, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('sign-in lock-out', () => {
  it('refuses the 6th attempt after 5 wrong passwords, and accepts the right one once the lock-out has passed', async () => {
    const clock = testClock()
    const app = createTestApp(testServices({}, clock))
    const user = await createUser({ role: 'officer' })
    const client = formClient(app)

    for (let attempt = 1; attempt <= 5; attempt++) {
      const res = await client.submit('/sign-in', { email: user.email, password: `wrong password ${attempt}` })
      expect(res.status).toBe(400)
      expect(res.text).toContain('Enter a correct email address and password')
    }

    const sixth = await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })
    expect(sixth.status).toBe(429)
    expect(sixth.text).toContain('You have entered the wrong password too many times. Try again in 15 minutes')
    expect(sixth.text).toContain('<title>Error: Sign in – Practice Exchange</title>')

    clock.advance(14 * 60 * 1000)
    expect((await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })).status).toBe(429)

    clock.advance(2 * 60 * 1000)
    const afterLockOut = await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })
    expect(afterLockOut.status).toBe(302)
    expect(afterLockOut.headers.location).toBe('/account')
  })

  it('locks unknown emails the same way, so a lock-out does not reveal who has an account', async () => {
    const app = createTestApp(testServices({}, testClock()))
    const client = formClient(app)
    for (let attempt = 1; attempt <= 5; attempt++) {
      await client.submit('/sign-in', { email: 'nobody-at-all@example.org', password: 'guess guess guess' })
    }
    const sixth = await client.submit('/sign-in', { email: 'nobody-at-all@example.org', password: 'guess guess guess' })
    expect(sixth.status).toBe(429)
    expect(sixth.text).toContain('You have entered the wrong password too many times')
  })

  it('holds across app instances (the counter is in the store, not in a process)', async () => {
    const clock = testClock()
    const user = await createUser({ role: 'officer' })
    for (let attempt = 1; attempt <= 5; attempt++) {
      // A new app (as if another web process) for every attempt.
      await formClient(createTestApp(testServices({}, clock))).submit('/sign-in', {
        email: user.email,
        password: 'wrong',
      })
    }
    const res = await formClient(createTestApp(testServices({}, clock))).submit('/sign-in', {
      email: user.email,
      password: FACTORY_PASSWORD,
    })
    expect(res.status).toBe(429)
  })

  it('limits password-reset emails per address', async () => {
    const user = await createUser({ role: 'officer' })
    const services = testServices({}, testClock())
    const context = { actorId: null, ip: '198.51.100.7' }
    for (let i = 0; i < 5; i++) await services.accounts.requestPasswordReset(user.email, context)
    await services.background.settled() // the emails are sent after the answer
    expect(
      sentEmails().filter(email => email.to.includes(user.email) && email.subject === 'Reset your password'),
    ).toHaveLength(3)
  })
})
