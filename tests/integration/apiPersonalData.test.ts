import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import type { ContactItem } from '../../models/vocabulary'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, submitAndPublish } from '../factories/publishedCaseStudy'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { useCheckedApi } from '../helpers/openApi'
import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
const api = useCheckedApi(services, { demoContent: true })
const { get } = api
const app = api.app

const contactsSection = (email: string, phone: string) => ({
  'contacts-0-name': 'Dana Draft',
  'contacts-0-role': 'Programme lead',
  'contacts-0-email': email,
  'contacts-0-phone': phone,
})
const titleSection = (title: string) => ({ ...VALID_SECTION_FIELDS['title-and-summary'], title, action: 'save' })

let edited = { id: '', oldSlug: '' }
let draftOnlyId = ''

async function saveSection(client: FormClient, id: string, section: string, fields: Record<string, string>) {
  const res = await client.submit(`/publish/case-studies/${id}/sections/${section}`, { ...fields, action: 'save' })
  if (res.status !== 302) throw new Error(`${section}: ${res.status}`)
}

beforeAll(async () => {
  const { client: publisher } = await signedInClient(app(), { role: 'publisher', councilCode: 'E08000035' })
  const { client: curator } = await signedInClient(app(), { role: 'networkAdmin' })

  // Published twice (so its first slug is an old one), then changed again in a draft nobody published.
  const { id } = await publishCaseStudy(publisher, curator)
  const oldSlug = (await CaseStudy.findById(id).lean<CaseStudyRecord>())!.slug
  await saveSection(publisher, id, 'title-and-summary', titleSection('Spending locally: community wealth building'))
  await submitAndPublish(publisher, curator, id)
  await saveSection(publisher, id, 'title-and-summary', titleSection('Unpublished zebra crossing rewrite'))
  await saveSection(publisher, id, 'contacts', contactsSection('newer.draft@example.org', '01632 960777'))
  edited = { id, oldSlug }

  // Never submitted at all.
  const started = await publisher.submit('/publish/case-studies/new', { title: 'Okapi sanctuary draft' })
  draftOnlyId = (started.headers.location as string).split('/').pop()!
  await saveSection(publisher, draftOnlyId, 'contacts', contactsSection('draft.only@example.org', '01632 960888'))
  await services.searchIndex.indexer.drain()
})

/** Every contact email and phone number the database holds, in case studies and their revisions. */
async function everyContact(): Promise<string[]> {
  const caseStudies = await CaseStudy.find().lean<CaseStudyRecord[]>()
  const revisions = await CaseStudyRevision.find().lean<{ content: { contacts: ContactItem[] } }[]>()
  const contacts = [
    ...caseStudies.flatMap(record => [record.published?.content, record.draft?.content]),
    ...revisions.map(revision => revision.content),
  ].flatMap(content => content?.contacts ?? [])
  return [...new Set(contacts.flatMap(contact => [contact.email, contact.phone]).filter(Boolean))]
}

/**
 * Every answer a client can reach by following the API's own links, from searches that would find
 * contacts' names, email addresses and phone numbers if the index held them. (A search is echoed in
 * its answer, so none is for a whole email address or number: those are searched for below.)
 */
async function crawl(): Promise<Map<string, string>> {
  const bodies = new Map<string, string>()
  const fetch = async (url: string) => {
    if (bodies.has(url)) return undefined
    const res = await get(url)
    bodies.set(url, res.text)
    return res
  }
  for (const url of ['/api/v1', '/api/v1/openapi.json', '/api/v1/themes']) await fetch(url)
  const searches = ['', 'q=alex', 'q=dana', 'q=example.org', 'q=01632', 'q=zebra', 'q=okapi']
  for (const search of searches) {
    let next: string | null = `/api/v1/case-studies${search ? `?${search}` : ''}`
    while (next) {
      const body = (await fetch(next))?.body as { items: { links: { self: string } }[]; links: { next: string | null } }
      for (const item of body.items) await fetch(item.links.self)
      next = body.links.next
    }
  }
  let councils: string | null = '/api/v1/councils'
  while (councils) {
    const body = (await fetch(councils))!.body as {
      items: { links: { self: string } }[]
      links: { next: string | null }
    }
    for (const council of body.items) await fetch(council.links.self)
    councils = body.links.next
  }
  return bodies
}

describe('the API and personal data', () => {
  it('never sends a contact’s email address or phone number, from any answer', async () => {
    const contacts = await everyContact()
    // The catalogue does hold contacts, in published versions, drafts and revisions alike.
    expect(contacts).toEqual(expect.arrayContaining(['alex.contact@example.org', 'draft.only@example.org']))
    expect(contacts.length).toBeGreaterThan(50)
    const bodies = await crawl()
    expect(bodies.size).toBeGreaterThan(400)
    for (const [url, body] of bodies) {
      const leaked = contacts.filter(contact => body.includes(contact))
      expect([url, leaked]).toEqual([url, []])
      expect(body).not.toMatch(/"contacts"/)
    }
    for (const contact of ['alex.contact@example.org', 'newer.draft@example.org', '01632 960888']) {
      const found = await get(`/api/v1/case-studies?q=${encodeURIComponent(`"${contact}"`)}&asTyped=1`)
      expect([contact, (found.body as { total: number }).total]).toEqual([contact, 0])
    }
  })

  it('shows only the published version of a case study with a newer draft, at its new and old slugs', async () => {
    const stored = (await CaseStudy.findById(edited.id).lean<CaseStudyRecord>())!
    const current = await get(`/api/v1/case-studies/${stored.slug}`)
    expect((current.body as { title: string }).title).toBe('Spending locally: community wealth building')
    expect(current.text).not.toContain('zebra')
    const old = await get(`/api/v1/case-studies/${edited.oldSlug}`)
    expect(old.status).toBe(301)
    expect(old.headers.location).toBe(`/api/v1/case-studies/${stored.slug}`)
    const found = (await get('/api/v1/case-studies?q=zebra&asTyped=1')).body as { total: number }
    expect(found.total).toBe(0)
  })

  it('knows nothing of a case study that was never published', async () => {
    const draft = (await CaseStudy.findById(draftOnlyId).lean<CaseStudyRecord>())!
    expect((await get(`/api/v1/case-studies/${draft.slug}`)).status).toBe(404)
    expect((await get(`/api/v1/case-studies/${draftOnlyId}`)).status).toBe(404)
    const found = (await get('/api/v1/case-studies?q=okapi&asTyped=1')).body as { total: number }
    expect(found.total).toBe(0)
    const leeds = (await get('/api/v1/councils/E08000035')).body as { caseStudies: { published: number } }
    const published = await CaseStudy.countDocuments({ leadCouncilCode: 'E08000035', published: { $ne: null } })
    expect(leeds.caseStudies.published).toBe(published)
  })
})
