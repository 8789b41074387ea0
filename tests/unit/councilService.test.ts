import type { CouncilData, CouncilRepository } from '../../server/data/councilRepository'
import type { AuditService } from '../../server/services/auditService'
import { createCouncilService } from '../../server/services/councilService'
import { buildCouncil, buildUser } from '../factories/records'

// The council list is read from the store at most once a minute, and once however many callers
// ask at the same moment.

function repositoryOf(...lists: (CouncilData[] | Error)[]) {
  let reads = 0
  const repository = {
    listAll: () => {
      const next = lists[Math.min(reads++, lists.length - 1)]!
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next.map(council => ({ ...council })))
    },
    changeExtraEmailDomain: () => Promise.resolve(),
  } as unknown as CouncilRepository
  return { repository, reads: () => reads }
}
const audit = { record: () => Promise.resolve() } as unknown as AuditService
const leeds = buildCouncil({ gssCode: 'E08000035', name: 'Leeds City Council', slug: 'leeds' })
const york = buildCouncil({ gssCode: 'E06000014', name: 'City of York Council', slug: 'york' })

describe('the council list', () => {
  it('is read once for callers that ask at the same moment, and kept sorted by name', async () => {
    const { repository, reads } = repositoryOf([leeds, york])
    const councils = createCouncilService(repository, audit)
    const answers = await Promise.all(Array.from({ length: 50 }, () => councils.all()))
    expect(reads()).toBe(1)
    expect(answers[49]!.map(council => council.name)).toEqual(['City of York Council', 'Leeds City Council'])
  })

  it('is read again after a minute, and after a failed read', async () => {
    let clock = 0
    const { repository, reads } = repositoryOf(new Error('store down'), [leeds], [leeds, york])
    const councils = createCouncilService(repository, audit, () => clock)
    await expect(councils.all()).rejects.toThrow('store down')
    expect(await councils.all()).toHaveLength(1)
    clock += 59_000
    expect(await councils.all()).toHaveLength(1)
    clock += 2_000
    expect(await councils.all()).toHaveLength(2)
    expect(reads()).toBe(3)
  })

  it('is read again after this process changes a council', async () => {
    const { repository, reads } = repositoryOf([leeds])
    const councils = createCouncilService(repository, audit)
    await councils.all()
    const context = { actorId: null, ip: null, sessionId: null }
    await councils.changeExtraEmailDomain(buildUser('networkAdmin'), 'E08000035', 'leeds.example', 'add', context)
    await councils.all()
    expect(reads()).toBe(2)
  })
})
