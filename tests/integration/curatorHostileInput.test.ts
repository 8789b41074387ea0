import { CaseStudy } from '../../models/CaseStudy'
import { User } from '../../models/User'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { createUser } from '../factories/userFactory'
import { signedInClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

const HOSTILE_DECISIONS: Record<string, string>[] = [
  {},
  { decision: '' },
  { decision: 'maybe' },
  { decision: '{"$ne":"decline"}' },
  { 'decision[$ne]': 'decline' },
  { decision: 'approve'.repeat(100_000) },
  { decision: 'approve\u202e' },
]

describe('hostile input on the network admins’ membership decision', () => {
  it.each(HOSTILE_DECISIONS.map(fields => [JSON.stringify(fields).slice(0, 60), fields] as const))(
    '%s is refused with 400 and the request stays waiting',
    async (_label, fields) => {
      const { client } = await signedInClient(app, { role: 'networkAdmin' })
      const pending = await createUser({ role: 'officer', councilCode: 'E06000052', pending: true })
      const res = await client.submit(
        '/admin/users',
        fields,
        `/admin/users/${pending._id.toString()}/membership-decision`,
      )
      expect(res.status).toBe(400)
      expect((await User.findById(pending._id).lean())?.membership?.status).toBe('pending')
    },
  )

  it.each(['not-an-object-id', '000000000000000000000000', '%24ne', 'a'.repeat(2000)])(
    'a made-up user id (%s) gets 404, never a 500',
    async userId => {
      const { client } = await signedInClient(app, { role: 'networkAdmin' })
      const res = await client.submit(
        '/admin/users',
        { decision: 'approve' },
        `/admin/users/${userId}/membership-decision`,
      )
      expect(res.status).toBe(404)
    },
  )
})

describe('hostile input on the freshness confirmation', () => {
  it.each(['not-an-object-id', '000000000000000000000000', '%24where', 'x'.repeat(2000)])(
    'a made-up case study id (%s) gets 404 on the page and the confirmation',
    async id => {
      const { client } = await signedInClient(app, { role: 'publisher' })
      expect((await client.get(`/publish/case-studies/${id}/review-outcomes`)).status).toBe(404)
      expect((await client.submit('/account', {}, `/publish/case-studies/${id}/review-outcomes`)).status).toBe(404)
    },
  )

  it('ignores fields a confirmation does not take: it only sets the review date', async () => {
    const { id } = await createPublishedCaseStudy({ councilCode: 'E08000035' })
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const before = await CaseStudy.findById(id).lean()
    const res = await client.submit(
      '/account',
      { reviewedAt: '1999-01-01', 'published[$set]': 'x', archivedAt: 'now' },
      `/publish/case-studies/${id}/review-outcomes`,
    )
    expect(res.status).toBe(302)
    const after = await CaseStudy.findById(id).lean()
    expect(after?.reviewedAt?.getFullYear()).toBeGreaterThan(2000)
    expect(after?.archivedAt).toBeNull()
    expect(after?.version).toBe(before?.version)
  })
})

describe('hostile queries on the curators’ lists', () => {
  it.each([
    '/admin/councils?q=.*(',
    '/admin/councils?q[$ne]=x',
    `/admin/councils?q=${'%E2%80%AE'.repeat(50)}`,
    `/admin/councils?q=${'a'.repeat(5000)}`,
    '/admin/councils?q=<script>alert(1)</script>',
    '/admin/councils?page=-1',
    '/admin/councils?page=abc',
    '/admin/councils?page=1&page=2',
    '/admin/case-studies/not-reviewed?page=1e9',
    '/admin/case-studies/not-reviewed?page[$gt]=1',
  ])('%s answers a page, never a 500', async path => {
    const { client } = await signedInClient(app, { role: 'networkAdmin' })
    const res = await client.get(path)
    expect([200, 404]).toContain(res.status)
    expect(res.text).not.toContain('<script>alert(1)</script>')
  })
})
