import { CaseStudy } from '../../models/CaseStudy'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, submitAndPublish } from '../factories/publishedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testClock, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

// Publications are dated by the services' clock: 1 June 2026 for version 1, 40 days on for version 2.
const clock = testClock(new Date('2026-06-01T09:00:00Z'))
const services = testServices({}, clock)
let app: ReturnType<typeof createTestApp>
let publisher: FormClient
let publisherName: string
let curator: FormClient
let visitor: FormClient
let taskList: string
let slug: string

const FIRST_CONTACT = 'first.contact@example.org'
const SECOND_CONTACT = 'second.contact@example.org'
const DRAFT_TEXT = 'Unpublished draft wording about gazebos'
const contactsWith = (email: string) => ({ ...VALID_SECTION_FIELDS.contacts, 'contacts-0-email': email })
const save = (section: string, fields: Record<string, string | string[]>) =>
  publisher.submit(`${taskList}/sections/${section}`, { ...VALID_SECTION_FIELDS[section], ...fields, action: 'save' })
const rowsOf = (html: string) =>
  [...html.matchAll(/<td class="govuk-table__cell" data-label="Version">(\d+)/g)].map(match => Number(match[1]))

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  const signedIn = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
  publisher = signedIn.client
  publisherName = signedIn.user.name
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  visitor = formClient(app)

  // Version 1, then version 2 with new lessons and a new contact, then a draft nobody published.
  const published = await publishCaseStudy(publisher, curator, {
    'title-and-summary': { title: 'Parks for everyone' },
    contacts: contactsWith(FIRST_CONTACT),
  })
  taskList = published.taskList
  clock.advance(40 * 24 * 60 * 60 * 1000)
  await save('lessons', { lessons: 'Ask park users before changing anything.' })
  await save('contacts', contactsWith(SECOND_CONTACT))
  await submitAndPublish(publisher, curator, published.id)
  await save('lessons', { lessons: DRAFT_TEXT })
  slug = (await CaseStudy.findById(published.id).lean())!.slug
}, 180_000)

describe('the public version history', () => {
  it('lists the two published versions, newest first, published by the council and never a person', async () => {
    const page = await visitor.get(`/case-studies/${slug}/versions`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('<h1 class="govuk-heading-l">Version history</h1>')
    expect(rowsOf(page.text)).toEqual([2, 1])
    expect(page.text).toContain('Parks for everyone has been published 2 times.')
    expect(page.text.match(/data-label="Published by">Leeds City Council</g)).toHaveLength(2)
    expect([...page.text.matchAll(/data-label="Published">([^<]+)</g)].map(match => match[1])).toEqual([
      '11 July 2026',
      '1 June 2026',
    ])
    expect(page.text).toContain(`href="/case-studies/${slug}/versions/2">See what changed`)
    for (const hidden of [publisherName, DRAFT_TEXT, FIRST_CONTACT, SECOND_CONTACT])
      expect(page.text).not.toContain(hidden)
  })

  it('is linked from the case study page with the number of versions', async () => {
    const page = await visitor.get(`/case-studies/${slug}`)
    expect(page.text).toContain(
      `<a class="govuk-link" id="version-history-link" href="/case-studies/${slug}/versions">Version history (2 versions)</a>`,
    )
  })

  it('shows what changed between versions 1 and 2, without contacts or the unpublished draft', async () => {
    const page = await visitor.get(`/case-studies/${slug}/versions/2`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Changes in version 2')
    expect(page.text).toMatch(/<del class="app-diff-removed">[^<]*Start with the categories/)
    expect(page.text).toMatch(/<ins class="app-diff-added">[^<]*Ask park users/)
    // The contact changed between the versions, but the public history never shows contacts.
    expect(page.text).not.toMatch(/<dt class="govuk-summary-list__key">Contacts/)
    for (const hidden of [FIRST_CONTACT, SECOND_CONTACT, 'Alex Contact', DRAFT_TEXT, publisherName])
      expect(page.text).not.toContain(hidden)
  })

  it('shows version 1 as first published, all of it added, still without contacts', async () => {
    const page = await visitor.get(`/case-studies/${slug}/versions/1`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Version 1, as first published')
    expect(page.text).toMatch(/<ins class="app-diff-added">Start with the categories/)
    expect(page.text).toContain(`href="/case-studies/${slug}/versions/2" rel="next"`)
    for (const hidden of [FIRST_CONTACT, 'Alex Contact', '01632 960123']) expect(page.text).not.toContain(hidden)
  })

  it.each([
    '0',
    '-1',
    '3',
    '01',
    '1e0',
    '1.0',
    '2%20',
    'two',
    '99999999999999999999999999',
    '%00',
    '%E0%A4%A',
    '1;DROP',
  ])('answers version %s with the not-found page', async number => {
    const page = await visitor.get(`/case-studies/${slug}/versions/${number}`)
    expect([400, 404]).toContain(page.status)
    expect(page.text).toMatch(/Page not found|There is a problem with what was sent/)
  })

  it('has no history for a case study that was never published, nor for an unknown one', async () => {
    const started = await publisher.submit('/publish/case-studies/new', { title: 'Never published' })
    const draftSlug = (await CaseStudy.findById((started.headers.location as string).split('/').pop()).lean())!.slug
    expect((await visitor.get(`/case-studies/${draftSlug}/versions`)).status).toBe(404)
    expect((await visitor.get(`/case-studies/${draftSlug}/versions/1`)).status).toBe(404)
    expect((await visitor.get('/case-studies/no-such-case-study/versions')).status).toBe(404)
  })

  it('follows a new title to its new address, where the unsubmitted draft became version 3', async () => {
    clock.advance(10 * 24 * 60 * 60 * 1000)
    await save('title-and-summary', { title: 'Parks for all of us' })
    await submitAndPublish(publisher, curator, taskList.split('/').pop()!)
    const newSlug = (await CaseStudy.findById(taskList.split('/').pop()).lean())!.slug
    const moved = await visitor.get(`/case-studies/${slug}/versions/2`)
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe(`/case-studies/${newSlug}/versions/2`)
    const list = await visitor.get(`/case-studies/${newSlug}/versions`)
    expect(rowsOf(list.text)).toEqual([3, 2, 1])
    // The draft that was never submitted went out with this publication: it is version 3 now.
    expect((await visitor.get(`/case-studies/${newSlug}/versions/3`)).text).toContain('gazebos')
    slug = newSlug
  })

  it('dates the versions of a record published before publication dates were kept', async () => {
    const id = taskList.split('/').pop()!
    const stored = (await CaseStudy.findById(id).lean())!
    await CaseStudy.updateOne({ _id: id }, { $unset: { publications: 1 } })
    const page = await visitor.get(`/case-studies/${slug}/versions`)
    // The first and latest publications are on the record; version 2 falls back to when it was saved.
    expect(stored.publications).toHaveLength(3)
    expect([...page.text.matchAll(/data-label="Published">([^<]+)</g)].map(match => match[1])).toEqual([
      '21 July 2026',
      '11 July 2026',
      '1 June 2026',
    ])
  })

  it('hides the history while the case study is archived', async () => {
    const id = taskList.split('/').pop()!
    await curator.submit(`/review/${id}`, { archive: 'yes' }, `/review/${id}/archive`)
    expect((await visitor.get(`/case-studies/${slug}/versions`)).status).toBe(404)
    expect((await visitor.get(`/case-studies/${slug}/versions/1`)).status).toBe(404)
  })
})
