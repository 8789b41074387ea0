import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { CaseStudyCommit } from '../../models/CaseStudyCommit'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { AuditEvent } from '../../models/AuditEvent'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { lastEmailTo, linkIn } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

const signedIn = (role: Parameters<typeof signedInClient>[1]) => signedInClient(app, role)

async function startCaseStudy(client: FormClient, title = 'A programme title'): Promise<string> {
  const res = await client.submit('/publish/case-studies/new', { title })
  expect(res.status).toBe(302)
  return res.headers.location as string
}

async function fillEverySection(client: FormClient, taskList: string) {
  for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS)) {
    const path = `${taskList}/sections/${section}`
    const res = await client.submit(path, { ...fields, action: 'save' })
    if (res.status !== 302)
      throw new Error(`${section}: ${res.status} ${/govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(res.text)?.[1]}`)
  }
}

describe('publishing a case study', () => {
  it('runs the whole review cycle: submit, changes requested, resubmit, publish, edit, publish again', async () => {
    const { user: publisher, client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const { client: curator } = await signedIn({ role: 'networkAdmin' })
    const taskList = await startCaseStudy(client)
    const id = taskList.split('/').pop()!

    const fresh = await client.get(taskList)
    expect(fresh.text).toContain('You have completed 0 of 15 sections')
    expect(fresh.text).toMatch(/Title, summary and stage<\/a>[\s\S]*?In progress/)

    await fillEverySection(client, taskList)
    expect((await client.get(taskList)).text).toContain('You have completed 15 of 15 sections')

    const answers = await client.get(`${taskList}/check-answers`)
    expect(answers.text).toContain('Community wealth building through local procurement')
    expect(answers.text).toContain('£10,000 to £50,000')
    expect((await client.submit(`${taskList}/check-answers`, {})).status).toBe(302)

    const queue = await curator.get('/review')
    expect(queue.text).toContain('Community wealth building through local procurement')
    expect(queue.text).toContain('Today')

    const changes = await curator.submit(
      `/review/${id}`,
      { decision: 'request-changes', comment: 'Please add figures for the second year.' },
      `/review/${id}/decision`,
    )
    expect(changes.status).toBe(302)
    expect(lastEmailTo(publisher.email)?.subject).toBe(
      'Changes requested: Community wealth building through local procurement',
    )
    expect((await client.get(taskList)).text).toContain('Please add figures for the second year.')

    await client.submit(`${taskList}/sections/outcomes-and-evidence`, {
      ...VALID_SECTION_FIELDS['outcomes-and-evidence'],
      outcomes: 'Local spend rose from 21% to 34% in year one and 38% in year two.',
      action: 'save',
    })
    await client.submit(`${taskList}/check-answers`, {})
    // Saving a section without changing anything leaves it in the review queue.
    await client.submit(`${taskList}/sections/lessons`, { ...VALID_SECTION_FIELDS.lessons, action: 'save' })
    expect((await curator.get('/review')).text).toContain('Community wealth building through local procurement')
    const review = await curator.get(`/review/${id}`)
    expect(review.text).toContain('New case study')
    expect(review.text).toContain('Send decision')
    expect((await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)).status).toBe(302)
    expect(lastEmailTo(publisher.email)?.subject).toBe('Published: Community wealth building through local procurement')
    const publicPath = linkIn(lastEmailTo(publisher.email))
    expect(publicPath).toBe('/case-studies/community-wealth-building-through-local-procurement-leeds')

    // A visitor sees the published case study without contacts; an officer sees them.
    const visitor = formClient(app)
    const page = await visitor.get(publicPath)
    expect(page.status).toBe(200)
    expect(page.text).toContain('38% in year two')
    expect(page.text).toContain('Sign in as a council officer to see contacts')
    expect(page.text).not.toContain('alex.contact@example.org')
    const { client: officer } = await signedIn({ role: 'officer', councilCode: 'E06000052' })
    expect((await officer.get(publicPath)).text).toContain('alex.contact@example.org')

    // Editing the published case study: visitors keep the published version until it is published again.
    await client.submit(`${taskList}/sections/title-and-summary`, {
      ...VALID_SECTION_FIELDS['title-and-summary'],
      title: 'Spending locally: community wealth building',
      action: 'save',
    })
    expect((await visitor.get(publicPath)).text).toContain(
      '<h1 class="govuk-heading-xl">Community wealth building through local procurement</h1>',
    )
    await client.submit(`${taskList}/check-answers`, {})
    const reviewEdit = await curator.get(`/review/${id}`)
    expect(reviewEdit.text).toContain('Changes since the published version')
    expect(reviewEdit.text).toMatch(/<ins class="app-diff-added">[^<]*Spending locally/)
    await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)

    const moved = await visitor.get(publicPath)
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe('/case-studies/spending-locally-community-wealth-building-leeds')
    expect((await visitor.get(moved.headers.location as string)).text).toContain(
      'Spending locally: community wealth building',
    )

    // History: every save, with the published versions marked, and a readable diff between two.
    const history = await client.get(`${taskList}/history`)
    const stored = await CaseStudy.findById(id).lean()
    expect(stored?.publishedRevisions).toHaveLength(2)
    expect((history.text.match(/govuk-tag--green">Published/g) ?? []).length).toBe(2)
    const compare = await client.get(
      `${taskList}/history/compare?from=${stored!.publishedRevisions[0]}&to=${stored!.publishedRevisions[1]}`,
    )
    expect(compare.status).toBe(200)
    expect(compare.text).toMatch(/<del class="app-diff-removed">[^<]*Community/)
    expect(compare.text).toMatch(/<ins class="app-diff-added">[^<]*Spending/)

    const actions = (await AuditEvent.find({ subjectId: id }).lean()).map(event => event.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'case-study.created',
        'case-study.saved',
        'case-study.submitted',
        'case-study.changes-requested',
        'case-study.published',
      ]),
    )
  })

  it('adds and removes repeating items without JavaScript', async () => {
    const { client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const taskList = await startCaseStudy(client)
    const path = `${taskList}/sections/barriers`
    const first = { 'barriers-0-category': 'funding', 'barriers-0-description': 'No budget at first.' }
    const added = await client.submit(path, { ...first, action: 'add:barriers' })
    expect(added.status).toBe(200)
    expect(added.text).toContain('Barrier 2')
    const two = await client.submit(path, {
      ...first,
      'barriers-1-category': 'capacity',
      'barriers-1-description': 'Too few staff.',
      action: 'add:barriers',
    })
    expect(two.text).toContain('Barrier 3')
    const removed = await client.submit(path, {
      ...first,
      'barriers-1-category': 'capacity',
      'barriers-1-description': 'Too few staff.',
      action: 'remove:barriers:0',
    })
    expect(removed.text).not.toContain('No budget at first.')
    expect(removed.text).toContain('Too few staff.')
    const stored = await CaseStudy.findById(taskList.split('/').pop()).lean()
    expect(stored?.draft?.content.barriers).toEqual([{ category: 'capacity', description: 'Too few staff.' }])

    // Partners are repeating items too, stored as plain names.
    const partners = `${taskList}/sections/partners`
    const addedPartner = await client.submit(partners, {
      'partners-0-name': 'Chamber of commerce',
      action: 'add:partners',
    })
    expect(addedPartner.text).toContain('Partner 2')
    await client.submit(partners, {
      'partners-0-name': 'Chamber of commerce',
      'partners-1-name': 'Local college',
      action: 'remove:partners:0',
    })
    await client.submit(partners, {
      'partners-0-name': 'Local college',
      'partners-1-name': 'NHS trust',
      action: 'save',
    })
    const withPartners = await CaseStudy.findById(taskList.split('/').pop()).lean()
    expect(withPartners?.draft?.content.partners).toEqual(['Local college', 'NHS trust'])
  })

  it('refuses to submit with sections missing, listing each in the error summary', async () => {
    const { client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const taskList = await startCaseStudy(client)
    const res = await client.submit(`${taskList}/check-answers`, {})
    expect(res.status).toBe(400)
    expect(res.text).toContain('<title>Error: Check your answers before submitting – Practice Exchange</title>')
    expect(res.text).toContain(`<a href="${taskList}/sections/barriers">Complete the section &#34;Barriers&#34;</a>`)
  })

  it('curators archive and unarchive, and confirm the evidence level', async () => {
    const { client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const { client: curator } = await signedIn({ role: 'networkAdmin' })
    const taskList = await startCaseStudy(client, 'Archive me')
    const id = taskList.split('/').pop()!
    await fillEverySection(client, taskList)
    await client.submit(`${taskList}/sections/title-and-summary`, {
      ...VALID_SECTION_FIELDS['title-and-summary'],
      title: 'Archive me',
      action: 'save',
    })
    await client.submit(`${taskList}/check-answers`, {})
    await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)
    const slug = (await CaseStudy.findById(id).lean())!.slug
    const visitor = formClient(app)
    expect((await visitor.get(`/case-studies/${slug}`)).text).toContain('Self-assessed')

    await curator.submit(`/review/${id}`, { level: '3' }, `/review/${id}/evidence`)
    const confirmed = await visitor.get(`/case-studies/${slug}`)
    expect(confirmed.text).toMatch(
      /Level 3: causality shown <strong class="govuk-tag govuk-tag--green">Confirmed by curator/,
    )

    await curator.submit(`/review/${id}`, { archive: 'yes' }, `/review/${id}/archive`)
    expect((await visitor.get(`/case-studies/${slug}`)).status).toBe(404)
    await curator.submit(`/review/${id}`, { archive: 'no' }, `/review/${id}/archive`)
    expect((await visitor.get(`/case-studies/${slug}`)).status).toBe(200)
  })

  it('rejects with a reason the publisher sees', async () => {
    const { user, client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const { client: curator } = await signedIn({ role: 'networkAdmin' })
    const taskList = await startCaseStudy(client)
    const id = taskList.split('/').pop()!
    await fillEverySection(client, taskList)
    await client.submit(`${taskList}/check-answers`, {})
    const missingReason = await curator.submit(
      `/review/${id}`,
      { decision: 'reject', comment: '' },
      `/review/${id}/decision`,
    )
    expect(missingReason.status).toBe(400)
    expect(missingReason.text).toContain('Enter why it is not being published')
    await curator.submit(
      `/review/${id}`,
      { decision: 'reject', comment: 'This is a duplicate of an existing case study.' },
      `/review/${id}/decision`,
    )
    expect(lastEmailTo(user.email)?.text).toContain('This is a duplicate of an existing case study.')
    expect((await client.get(taskList)).text).toContain('Not published')
  })
})

describe('a rejected edit of a published case study', () => {
  it('leaves the published version up and lets the publisher start a new edit', async () => {
    const { client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const { client: curator } = await signedIn({ role: 'networkAdmin' })
    const taskList = await startCaseStudy(client, 'Redo test')
    const id = taskList.split('/').pop()!
    await fillEverySection(client, taskList)
    await client.submit(`${taskList}/check-answers`, {})
    await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)

    await client.submit(`${taskList}/sections/lessons`, { lessons: 'A rejected idea.', action: 'save' })
    await client.submit(`${taskList}/check-answers`, {})
    await curator.submit(`/review/${id}`, { decision: 'reject', comment: 'Not this.' }, `/review/${id}/decision`)
    expect(
      (await formClient(app).get(`/case-studies/${(await CaseStudy.findById(id).lean<CaseStudyRecord>())!.slug}`))
        .status,
    ).toBe(200)

    const redo = await client.submit(`${taskList}/sections/lessons`, { lessons: 'A better idea.', action: 'save' })
    expect(redo.status).toBe(302)
    const stored = (await CaseStudy.findById(id).lean<CaseStudyRecord>())!
    expect(stored.draft?.reviewState).toBe('editing')
    expect(stored.draft?.content.lessons).toBe('A better idea.')
    expect((await client.submit(`${taskList}/check-answers`, {})).status).toBe(302)
  })
})

describe('write order: a case study and its revisions are never half-written', () => {
  it('ignores a revision left by a request that died (or lost a race) before committing', async () => {
    const { client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const taskList = await startCaseStudy(client, 'Crash test')
    const id = taskList.split('/').pop()!
    const before = (await CaseStudy.findById(id).lean<CaseStudyRecord>())!
    // What a process killed between the two writes leaves behind: snapshot n+1 under a key the
    // case study never committed.
    await CaseStudyRevision.create({
      _id: `${id}:${before.revision + 1}:deadbeef`,
      caseStudyId: before._id,
      number: before.revision + 1,
      at: new Date(),
      action: 'saved',
      changedFields: ['summary'],
      content: { ...before.draft!.content, summary: 'NEVER COMMITTED' },
    })

    const history = await client.get(`${taskList}/history`)
    expect(history.text).not.toContain(`>${before.revision + 1}<`)
    expect((await client.get(`${taskList}/check-answers`)).text).not.toContain('NEVER COMMITTED')

    // ...and the version it had claimed, a minute and more ago, which a new save takes over.
    await CaseStudyCommit.create({ _id: `${id}:${before.version + 1}`, at: new Date(Date.now() - 120_000) })

    const saved = await client.submit(`${taskList}/sections/local-context`, {
      context: 'Committed this time.',
      action: 'save',
    })
    expect(saved.status).toBe(302)
    const after = (await CaseStudy.findById(id).lean<CaseStudyRecord>())!
    expect(after.revision).toBe(before.revision + 1)
    expect(after.revisionKeys).toHaveLength(after.revision)
    const compare = await client.get(`${taskList}/history/compare?from=${before.revision}&to=${after.revision}`)
    expect(compare.text).toContain('Committed this time.')
    expect(compare.text).not.toContain('NEVER COMMITTED')
    // The orphan is still there, untouched and unlisted: nothing committed was overwritten.
    expect((await CaseStudyRevision.findById(`${id}:${before.revision + 1}:deadbeef`).lean())?.content.summary).toBe(
      'NEVER COMMITTED',
    )
  })

  it('turns the loser of two simultaneous saves into a clear conflict, not a lost update', async () => {
    const { client } = await signedIn({ role: 'publisher', councilCode: 'E08000035' })
    const taskList = await startCaseStudy(client, 'Race test')
    const results = await Promise.all([
      client.submit(`${taskList}/sections/lessons`, { lessons: 'First writer', action: 'save' }),
      client.submit(`${taskList}/sections/local-context`, { context: 'Second writer', action: 'save' }),
    ])
    const statuses = results.map(res => res.status).sort()
    expect(statuses.every(status => status === 302 || status === 409)).toBe(true)
    const stored = (await CaseStudy.findById(taskList.split('/').pop()).lean<CaseStudyRecord>())!
    expect(stored.revisionKeys).toHaveLength(stored.revision)
    const committed = statuses.filter(status => status === 302).length
    expect(stored.revision).toBe(1 + committed)
  })
})
