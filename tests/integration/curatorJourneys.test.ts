import { User } from '../../models/User'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { saveEverySection } from '../factories/publishedCaseStudy'
import { createUser } from '../factories/userFactory'
import { formClient, signedInClient } from '../helpers/formClient'
import { lastEmailTo, linkIn, sentEmails } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

async function registerAndVerify(email: string, name: string) {
  const client = formClient(app)
  await client.submit('/create-account', { name, email, password: 'a long and unusual passphrase' })
  await client.get(linkIn(lastEmailTo(email)))
  await client.submit('/sign-in', { email, password: 'a long and unusual passphrase' })
  return client
}

describe('a request to join a council without a council admin', () => {
  it('reaches network admins, who approve it from their users page', async () => {
    const { user: curator, client: curatorClient } = await signedInClient(app, { role: 'networkAdmin' })
    // Isles of Scilly: no test here makes it a council admin.
    const council = (await services.councils.all()).find(candidate => candidate.name.includes('Scilly'))!
    const joiner = await registerAndVerify('sam@scilly.example', 'Sam Joiner')
    expect((await joiner.submit('/account/council', { councilCode: council.gssCode })).status).toBe(302)

    const notice = lastEmailTo(curator.email)
    expect(notice?.subject).toBe(`Sam Joiner has asked to join ${council.name}`)
    expect(notice?.text).toContain('The council has no council admin')
    expect(linkIn(notice)).toBe('/admin/users')

    const usersPage = await curatorClient.get('/admin/users')
    const requests = usersPage.text.split('id="pending-requests"')[1]?.split('</table>')[0] ?? ''
    expect(requests).toContain('sam@scilly.example')
    expect(requests).toContain(`href="/councils/${council.slug}/members"`)
    const stored = await User.findOne({ email: 'sam@scilly.example' }).lean()
    const decided = await curatorClient.submit(
      '/admin/users',
      { decision: 'approve' },
      `/admin/users/${stored!._id.toString()}/membership-decision`,
    )
    expect(decided.status).toBe(302)
    expect(decided.headers.location).toBe('/admin/users')
    expect((await curatorClient.get('/admin/users')).text).toContain('Sam Joiner’s request approved')
    expect((await User.findById(stored!._id).lean())?.membership).toMatchObject({ status: 'active' })
    expect(lastEmailTo('sam@scilly.example')?.subject).toBe(`You are now a member of ${council.name}`)
  })

  it('does not trouble network admins when the council has its own admin', async () => {
    const { user: curator } = await signedInClient(app, { role: 'networkAdmin' })
    await createUser({ role: 'councilAdmin', councilCode: 'E06000052' })
    const joiner = await registerAndVerify('kit@cornwall.example', 'Kit Joiner')
    await joiner.submit('/account/council', { councilCode: 'E06000052' })
    expect(sentEmails().filter(email => email.to.includes(curator.email))).toHaveLength(0)
  })

  it('answers a decision on a request that is not waiting with 404', async () => {
    const { client } = await signedInClient(app, { role: 'networkAdmin' })
    const officer = await createUser({ role: 'officer' })
    const res = await client.submit(
      '/admin/users',
      { decision: 'approve' },
      `/admin/users/${officer._id.toString()}/membership-decision`,
    )
    expect(res.status).toBe(404)
  })
})

describe('the admin councils page', () => {
  it('lists every council with member and request counts, searchable, paged, linking to its members page', async () => {
    const { client } = await signedInClient(app, { role: 'networkAdmin' })
    await createUser({ role: 'officer', councilCode: 'E06000052' })
    await createUser({ role: 'officer', councilCode: 'E06000052', pending: true })
    const all = await client.get('/admin/councils')
    expect(all.status).toBe(200)
    const count = (await services.councils.all()).length
    expect(all.text).toContain(`${count} councils, by name`)
    expect(all.text).toMatch(/rel="next" href="\/admin\/councils\?page=2"|href="\/admin\/councils\?page=2"/)

    const found = await client.get('/admin/councils?q=cornwall')
    const row = found.text.split('href="/councils/cornwall-council/members"')[1]?.split('</tr>')[0] ?? ''
    expect(found.text).toContain('1 council found')
    const [members, pending] = [...row.matchAll(/data-label="(?:Members|Requests waiting)">(\d+)</g)].map(match =>
      Number(match[1]),
    )
    expect(members).toBeGreaterThanOrEqual(1)
    expect(pending).toBeGreaterThanOrEqual(1)
    expect((await client.get('/councils/cornwall-council/members')).status).toBe(200)
    expect((await client.get('/admin/councils?q=no+such+place')).text).toContain('No council’s name contains')
    expect((await client.get('/admin/councils?page=99')).status).toBe(404)
  })
})

describe('curators and submissions', () => {
  it('emails curators on submission and resubmission; the review page shows exactly what changed since the request', async () => {
    const { user: curator, client: curatorClient } = await signedInClient(app, { role: 'networkAdmin' })
    const { client: publisher } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const started = await publisher.submit('/publish/case-studies/new', { title: 'Curator mail test' })
    const taskList = started.headers.location as string
    const id = taskList.split('/').pop()!
    await saveEverySection(publisher, taskList, {
      'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title: 'Curator mail test' },
    })
    expect((await publisher.submit(`${taskList}/check-answers`, {})).status).toBe(302)
    const submitted = lastEmailTo(curator.email)
    expect(submitted?.subject).toBe('Submitted for review: Curator mail test')
    expect(submitted?.text).toContain('Leeds City Council has submitted')
    expect(linkIn(submitted)).toBe(`/review/${id}`)
    expect((await curatorClient.get(`/review/${id}`)).text).not.toContain('Changes since you asked for changes')

    await curatorClient.submit(
      `/review/${id}`,
      { decision: 'request-changes', comment: 'Add the second year.' },
      `/review/${id}/decision`,
    )
    await publisher.submit(`${taskList}/sections/outcomes-and-evidence`, {
      ...VALID_SECTION_FIELDS['outcomes-and-evidence'],
      outcomes: 'Local spend rose from 21% to 38% of third-party spend in three years.',
      action: 'save',
    })
    await publisher.submit(`${taskList}/sections/lessons`, { ...VALID_SECTION_FIELDS.lessons, action: 'save' })
    await publisher.submit(`${taskList}/check-answers`, {})
    const resubmitted = lastEmailTo(curator.email)
    expect(resubmitted?.subject).toBe('Resubmitted for review: Curator mail test')

    const review = await curatorClient.get(`/review/${id}`)
    const section = review.text.split('id="changes-since-request"')[1]?.split('<h2')[0] ?? ''
    expect([...section.matchAll(/govuk-summary-list__key">([^<]+)</g)].map(match => match[1])).toEqual(['Outcomes'])
    expect(section).toContain('<del class="app-diff-removed">two</del>')
    expect(section).toContain('<ins class="app-diff-added">three</ins>')
  })
})
