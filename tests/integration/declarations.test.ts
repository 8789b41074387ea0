import { Types } from 'mongoose'
import { AdoptionDeclaration } from '../../models/AdoptionDeclaration'
import { AdoptionDeclarationEvent } from '../../models/AdoptionDeclarationEvent'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { declarationRepository } from '../../server/data/declarationRepository'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { createUser } from '../factories/userFactory'
import { signedInClient } from '../helpers/formClient'
import { lastEmailTo, sentEmails } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const LEEDS = 'E08000035'
const CORNWALL = 'E06000052'
const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

const declarationPath = (slug: string) => `/case-studies/${slug}/declaration`
const errorHrefs = (html: string) => [...html.matchAll(/<a href="(#[^"]+)">/g)].map(match => match[1])
const current = (caseStudyId: string) => AdoptionDeclaration.find({ caseStudyId }).lean()
const events = (caseStudyId: string) => AdoptionDeclarationEvent.find({ caseStudyId }).sort({ at: 1, _id: 1 }).lean()

describe('declaring that a council is using a case study', () => {
  it('declares, changes and withdraws, one current declaration per council, with the history kept', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS })
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const { client: colleague } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })

    const form = await client.get(declarationPath(original.slug)).expect(200)
    expect(form.text).toContain('Is Cornwall Council using this?')

    const declared = await client.submit(declarationPath(original.slug), {
      status: 'exploring',
      note: 'Two towns first',
    })
    expect(declared.status).toBe(302)
    expect(declared.headers.location).toBe(declarationPath(original.slug))
    expect((await client.get(declarationPath(original.slug))).text).toContain(
      'Your council’s declaration has been saved',
    )

    await colleague.submit(declarationPath(original.slug), { status: 'adapting', note: 'Two towns first' })
    const [only, ...others] = await current(original.id)
    expect(others).toHaveLength(0)
    expect(only).toMatchObject({ _id: `${original.id}:${CORNWALL}`, status: 'adapting', note: 'Two towns first' })

    const page = await client.get(`/case-studies/${original.slug}`).expect(200)
    expect(page.text).toMatch(/<strong>Adapting:<\/strong> 1 council</)
    expect(page.text).toMatch(/<strong>Exploring:<\/strong> 0 councils</)
    expect(page.text).toContain('<a class="govuk-link" href="/councils/cornwall-council">Cornwall Council</a>')
    expect(page.text).toContain('Change or withdraw your council’s declaration')

    // The same answer again changes nothing and adds nothing to the history.
    const unchanged = await colleague.submit(declarationPath(original.slug), {
      status: 'adapting',
      note: 'Two towns first',
    })
    expect(unchanged.status).toBe(302)
    expect(await events(original.id)).toHaveLength(2)

    const withdrawn = await client.submit(
      declarationPath(original.slug),
      {},
      `${declarationPath(original.slug)}/withdraw`,
    )
    expect(withdrawn.headers.location).toBe(`/case-studies/${original.slug}`)
    expect(await current(original.id)).toHaveLength(0)
    expect((await events(original.id)).map(event => event.status)).toEqual(['exploring', 'adapting', 'withdrawn'])
    const after = await client.get(`/case-studies/${original.slug}`)
    expect(after.text).toContain('Your council’s declaration has been withdrawn')
    expect(after.text).toContain('No council has said it is using this yet.')

    const history = await client.get(declarationPath(original.slug))
    const rows = /id="declaration-history">([\s\S]*?)<\/table>/.exec(history.text)?.[1] ?? ''
    expect([...rows.matchAll(/data-label="Status">([^<]*)</g)].map(match => match[1])).toEqual([
      'Withdrawn',
      'Adapting',
      'Exploring',
    ])
  })

  it('emails the publishing council’s publishers and council admins on a new or changed declaration', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS, title: 'Warm spaces network' })
    const publisher = await createUser({ role: 'publisher', councilCode: LEEDS })
    const admin = await createUser({ role: 'councilAdmin', councilCode: LEEDS })
    const officer = await createUser({ role: 'officer', councilCode: LEEDS })
    const { user: declarer, client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })

    await client.submit(declarationPath(original.slug), { status: 'exploring', note: 'Libraries as warm spaces' })
    await services.background.settled()
    const email = lastEmailTo(publisher.email)
    expect(email?.subject).toBe('Cornwall Council is exploring your case study')
    expect(email?.text).toContain('Cornwall Council is exploring your case study "Warm spaces network".')
    expect(email?.text).toContain('Libraries as warm spaces')
    expect(email?.text).toContain(`http://practice-exchange.test/case-studies/${original.slug}`)
    expect(lastEmailTo(admin.email)?.subject).toBe('Cornwall Council is exploring your case study')
    expect(lastEmailTo(officer.email)).toBeUndefined()
    expect(lastEmailTo(declarer.email)).toBeUndefined()

    await client.submit(declarationPath(original.slug), { status: 'adopted', note: 'Libraries as warm spaces' })
    await services.background.settled()
    expect(lastEmailTo(publisher.email)?.subject).toBe('Cornwall Council has adopted your case study')
    expect(lastEmailTo(publisher.email)?.text).toContain('it was exploring, it is now adopted')

    // A withdrawal is not news the publisher is asked to act on.
    const before = sentEmails().length
    await client.submit(declarationPath(original.slug), {}, `${declarationPath(original.slug)}/withdraw`)
    await services.background.settled()
    expect(sentEmails()).toHaveLength(before)
  })

  it('turns "adopted" into a new draft for the officer’s council, adapted from the original', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS, title: 'Street food licensing' })
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: CORNWALL })
    await client.submit(declarationPath(original.slug), { status: 'adopted', note: 'Seasonal pitches only' })

    const page = await client.get(declarationPath(original.slug))
    expect(page.text).toContain('Publish your version')
    const started = await client.submit(
      declarationPath(original.slug),
      {},
      `${declarationPath(original.slug)}/publish-your-version`,
    )
    expect(started.status).toBe(302)
    const draftId = /^\/publish\/case-studies\/([0-9a-f]{24})$/.exec(started.headers.location as string)?.[1]
    expect(draftId).toBeDefined()
    const draft = await CaseStudy.findById(draftId).lean<CaseStudyRecord>()
    expect(draft?.leadCouncilCode).toBe(CORNWALL)
    expect(draft?.published).toBeNull()
    expect(draft?.draft?.content.title).toBe('Street food licensing')
    expect(draft?.draft?.content.adaptedFrom).toMatchObject({
      caseStudyId: original.id,
      whatChanged: 'Seasonal pitches only',
    })
    const taskList = await client.get(started.headers.location as string).expect(200)
    expect(taskList.text).toContain('Street food licensing')

    // A second click opens the same draft rather than starting another.
    const again = await client.submit(
      declarationPath(original.slug),
      {},
      `${declarationPath(original.slug)}/publish-your-version`,
    )
    expect(again.headers.location).toBe(started.headers.location)
    expect((await client.get(declarationPath(original.slug))).text).toContain('Continue your version')
  })

  it('tells an officer who is not a publisher why they cannot publish their version', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS })
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    await client.submit(declarationPath(original.slug), { status: 'adopted' })
    const page = await client.get(declarationPath(original.slug))
    expect(page.text).toContain('Only publishers can create case studies.')
    expect(page.text).not.toContain('value="Publish your version"')
    expect(page.text).not.toMatch(/<button[^>]*>Publish your version</)
    const refused = await client.submit(
      declarationPath(original.slug),
      {},
      `${declarationPath(original.slug)}/publish-your-version`,
    )
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Only publishers can create case studies')
  })

  it('offers "publish your version" only once the council has said it adopted it', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS })
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: CORNWALL })
    await client.submit(declarationPath(original.slug), { status: 'adapting' })
    expect((await client.get(declarationPath(original.slug))).text).not.toContain('id="publish-your-version"')
    const refused = await client.submit(
      declarationPath(original.slug),
      {},
      `${declarationPath(original.slug)}/publish-your-version`,
    )
    expect(refused.status).toBe(403)
    expect(
      await CaseStudy.countDocuments({
        leadCouncilCode: CORNWALL,
        'draft.content.adaptedFrom.caseStudyId': original.id,
      }),
    ).toBe(0)
  })
})

describe('what bad input gets', () => {
  it('answers a missing or unknown status and a long note with the error summary, storing nothing', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS })
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const path = declarationPath(original.slug)

    const attempts: Record<string, string | string[]>[] = [
      {},
      { status: 'bogus' },
      { status: ['adopted', 'exploring'] },
      { 'status[$ne]': 'x' },
    ]
    for (const fields of attempts) {
      const res = await client.submit(path, fields)
      expect(res.status).toBe(400)
      expect(res.text).toContain('<title>Error: ')
      expect(errorHrefs(res.text)).toEqual(['#status'])
      expect(res.text).toContain('Select whether your council is exploring, adapting or has adopted this')
    }
    const long = await client.submit(path, { status: 'adopted', note: 'x'.repeat(1_001) })
    expect(long.status).toBe(400)
    expect(errorHrefs(long.text)).toEqual(['#note'])
    expect(long.text).toContain('What you are changing must be 1,000 characters or fewer')
    // What was typed is kept.
    expect(long.text).toMatch(/id="status-3"[^>]*value="adopted" checked/)
    expect(await current(original.id)).toHaveLength(0)
    expect(await events(original.id)).toHaveLength(0)

    expect((await client.submit(path, { status: 'adopted', note: 'x'.repeat(1_000) })).status).toBe(302)
  })

  it('escapes a note wherever it is shown', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS })
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    await client.submit(declarationPath(original.slug), { status: 'adapting', note: '<script>alert(1)</script>' })
    const page = await client.get(`/case-studies/${original.slug}`)
    expect(page.text).not.toContain('<script>alert(1)</script>')
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('answers 404 for an unknown, draft or archived case study and 403 for the publishing council, never 5xx', async () => {
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const archived = await createPublishedCaseStudy({ councilCode: LEEDS })
    await CaseStudy.updateOne({ _id: archived.id }, { $set: { archivedAt: new Date() } })
    const leedsPublisher = await createUser({ role: 'publisher', councilCode: LEEDS })
    const draft = await services.caseStudyEditing.create(leedsPublisher, 'A draft', { actorId: null, ip: null })
    for (const slug of ['no-such-case-study', archived.slug, draft.slug, '%E0%A4%A']) {
      const page = await client.get(declarationPath(slug))
      expect([400, 404]).toContain(page.status)
      const post = await client.submit('/account', { status: 'adopted' }, declarationPath(slug))
      expect([400, 404]).toContain(post.status)
      const withdraw = await client.submit('/account', {}, `${declarationPath(slug)}/withdraw`)
      expect([400, 404]).toContain(withdraw.status)
    }

    const own = await createPublishedCaseStudy({ councilCode: CORNWALL })
    const refused = await client.submit('/account', { status: 'adopted' }, declarationPath(own.slug))
    expect(refused.status).toBe(403)
    expect(refused.text).toContain('Your council published this case study')
    expect(await current(own.id)).toHaveLength(0)
    expect((await client.get(`/case-studies/${own.slug}`)).text).not.toContain('id="declare-link"')
  })

  it('withdrawing with nothing declared changes nothing', async () => {
    const original = await createPublishedCaseStudy({ councilCode: LEEDS })
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const res = await client.submit(declarationPath(original.slug), {}, `${declarationPath(original.slug)}/withdraw`)
    expect(res.status).toBe(302)
    expect(await events(original.id)).toHaveLength(0)
  })
})

describe('the declaration repository for dashboards', () => {
  const by = new Types.ObjectId()

  it('counts declaration events by UTC day, case study and status since a date', async () => {
    const [first, second, other] = ['aaa', 'bbb', 'ccc'].map(suffix => `count-by-day-${suffix}`)
    const declare = (caseStudyId: string, councilCode: string, status: 'exploring' | 'adopted', at: string) =>
      declarationRepository.declare({ caseStudyId, councilCode, status, note: '', by, at: new Date(at) })
    await declare(first!, LEEDS, 'exploring', '2026-05-31T12:00:00Z') // before `since`
    await declare(first!, CORNWALL, 'exploring', '2026-06-01T23:30:00Z')
    await declare(first!, 'E08000003', 'exploring', '2026-06-01T08:00:00Z')
    await declare(first!, CORNWALL, 'adopted', '2026-06-02T00:10:00Z') // British summer time, but a UTC day
    await declare(second!, LEEDS, 'adopted', '2026-06-02T09:00:00Z')
    await declarationRepository.withdraw({
      caseStudyId: second!,
      councilCode: LEEDS,
      by,
      at: new Date('2026-06-03T09:00:00Z'),
    })
    await declare(other!, LEEDS, 'adopted', '2026-06-02T09:00:00Z') // not asked for

    expect(await declarationRepository.countByDay([first!, second!], new Date('2026-06-01T00:00:00Z'))).toEqual([
      { day: '2026-06-01', caseStudyId: first, status: 'exploring', count: 2 },
      { day: '2026-06-02', caseStudyId: first, status: 'adopted', count: 1 },
      { day: '2026-06-02', caseStudyId: second, status: 'adopted', count: 1 },
      { day: '2026-06-03', caseStudyId: second, status: 'withdrawn', count: 1 },
    ])
    expect(await declarationRepository.countByDay([], new Date(0))).toEqual([])

    const now = await declarationRepository.currentByCaseStudy([first!, second!])
    expect(now.map(declaration => [declaration.caseStudyId, declaration.councilCode, declaration.status])).toEqual([
      [first, LEEDS, 'exploring'],
      [first, 'E08000003', 'exploring'],
      [first, CORNWALL, 'adopted'],
    ])
  })
})
