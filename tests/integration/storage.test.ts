import { Council } from '../../models/Council'
import { Session } from '../../models/Session'
import { ensureIndexes } from '../../server/data/indexes'
import { sessionRepository } from '../../server/data/sessionRepository'
import { testLogger } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'
import { createSessionCleanupService } from '../../server/services/sessionCleanupService'

useTestDatabase()

const council = (gssCode: string, slug: string) => ({
  _id: gssCode,
  slug,
  name: `Test council ${gssCode}`,
  type: 'district',
  nation: 'England' as const,
  region: 'South East',
})

describe('indexes', () => {
  it('can be created again without error (idempotent)', async () => {
    await expect(ensureIndexes()).resolves.toBeUndefined()
    await expect(ensureIndexes()).resolves.toBeUndefined()
  })

  it('enforce unique council slugs', async () => {
    await Council.create(council('E07999001', 'same-slug'))
    await expect(Council.create(council('E07999002', 'same-slug'))).rejects.toMatchObject({ code: 11000 })
    expect(await Council.countDocuments({ slug: 'same-slug' })).toBe(1)
  })
})

describe('expired-session clean-up (FerretDB has no TTL indexes)', () => {
  it('deletes expired sessions and keeps live ones', async () => {
    const hour = 60 * 60 * 1000
    await Session.collection.insertMany([
      { _id: 'expired-session' as never, expires: new Date(Date.now() - hour), session: '{}' },
      { _id: 'live-session' as never, expires: new Date(Date.now() + hour), session: '{}' },
    ])
    const cleanup = createSessionCleanupService(sessionRepository, testLogger)

    expect(await cleanup.runOnce()).toBe(1)
    const remaining = await Session.find().lean()
    expect(remaining.map(session => session._id)).toEqual(['live-session'])
  })

  it('deletes whatever else expires on the same run (rate-limit tickets, abandoned uploads)', async () => {
    const asked: Date[] = []
    const cleanup = createSessionCleanupService(sessionRepository, testLogger, [
      { what: 'things', deleteExpired: now => Promise.resolve(asked.push(now)) },
      { what: 'other things', deleteExpired: now => Promise.resolve(asked.push(now)) },
    ])
    await cleanup.runOnce()
    expect(asked).toHaveLength(2)
  })
})
