import { rateLimitRepository } from '../../server/data/rateLimitRepository'
import { RATE_LIMITS } from '../../server/services/rateLimitService'
import { createUser } from '../factories/userFactory'
import { formClient } from '../helpers/formClient'
import { sentEmails } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

// FerretDB v1 does not isolate a read-modify-write ($inc through findOneAndUpdate): parallel attempts
// all read the same count. Attempts are counted by inserting unique tickets instead.

useTestDatabase()
const services = testServices()

describe('rate limits', () => {
  it('count every one of many simultaneous attempts, each with its own number', async () => {
    const now = new Date('2026-12-02T10:07:00Z')
    const numbers = await Promise.all(
      Array.from({ length: 12 }, () => rateLimitRepository.increment('probe:parallel', now, 15 * 60_000, 20)),
    )
    expect(numbers.map(entry => entry.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, at) => at + 1),
    )
  })

  it('stop counting one past the limit, count the window before too, and start again after clearing', async () => {
    const window = 15 * 60_000
    const at = new Date('2026-12-02T11:01:00Z')
    const counts = await Promise.all(
      Array.from({ length: 8 }, () => rateLimitRepository.increment('probe:cap', at, window, 3)),
    )
    expect(counts.filter(entry => entry.count <= 3)).toHaveLength(3)
    expect(Math.max(...counts.map(entry => entry.count))).toBe(4)
    // The next window still counts this one's attempts (none is lost at a boundary); the one after
    // does not (an attempt already over the limit is refused without being counted).
    expect((await rateLimitRepository.increment('probe:cap', new Date(at.getTime() + window), window, 3)).count).toBe(4)
    expect(
      (await rateLimitRepository.increment('probe:cap', new Date(at.getTime() + 2 * window), window, 3)).count,
    ).toBe(1)
    await rateLimitRepository.clear('probe:cap')
    expect((await rateLimitRepository.increment('probe:cap', at, window, 3)).count).toBe(1)
    // Tickets of windows that have passed are deleted by the clean-up.
    expect(await rateLimitRepository.deleteExpired(new Date(at.getTime() + 5 * window))).toBeGreaterThan(0)
  })

  it('send at most the limit of reset emails for one address, however many requests arrive at once', async () => {
    await services.referenceData.loadCouncils()
    const app = createTestApp(services)
    const user = await createUser()
    const clients = Array.from({ length: 6 }, () => formClient(app))
    await Promise.all(clients.map(client => client.get('/forgotten-password')))
    await Promise.all(clients.map(client => client.submit('/forgotten-password', { email: user.email })))
    await services.background.settled()
    const sent = sentEmails().filter(email => email.to === user.email)
    expect(sent.length).toBeGreaterThan(0)
    expect(sent.length).toBeLessThanOrEqual(RATE_LIMITS.resetPerEmail.limit)
  })
})
