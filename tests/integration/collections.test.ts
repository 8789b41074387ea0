import { AuditEvent } from '../../models/AuditEvent'
import { CaseStudy } from '../../models/CaseStudy'
import { Collection, type CollectionRecord } from '../../models/Collection'
import { collectionRepository } from '../../server/data/collectionRepository'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let curator: FormClient
let curatorId: string
let caseStudies: { id: string; slug: string; title: string }[] = []

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  caseStudies = []
  for (const title of ['Warm spaces', 'Befriending by phone', 'Men’s sheds', 'Social prescribing'])
    caseStudies.push(await createPublishedCaseStudy({ title, themes: ['communities'] }))
  app = createTestApp(services)
  const signedIn = await signedInClient(app, { role: 'networkAdmin' })
  curator = signedIn.client
  curatorId = signedIn.user._id.toString()
})

const stored = (slug: string) => Collection.findById(slug).lean<CollectionRecord>()
const errorSummary = (html: string) =>
  [
    ...(/govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<a href="([^"]+)">([^<]+)</g),
  ].map(match => [match[1], match[2]])
const publicSlugs = (html: string, listId: string) =>
  [
    ...(new RegExp(`id="${listId}">([\\s\\S]*?)</ol>`).exec(html)?.[1] ?? '').matchAll(
      /href="\/case-studies\/([^"]+)"/g,
    ),
  ].map(match => match[1])
const actions = async (slug: string) =>
  (await AuditEvent.find({ subjectType: 'collection', subjectId: slug }).sort({ at: 1 }).lean()).map(
    event => event.action,
  )

async function create(title: string, description = '') {
  const res = await curator.submit('/admin/collections/new', { title, description })
  expect(res.status).toBe(302)
  return String(res.headers.location).split('/').pop()!
}
const edit = (slug: string) => `/admin/collections/${slug}`
const add = (slug: string, reference: string) =>
  curator.submit(edit(slug), { reference }, `/admin/collections/${slug}/case-studies`)

describe('curating a collection', () => {
  it('creates, fills, reorders, renames and deletes a collection, auditing each change', async () => {
    const slug = await create('Tackling loneliness', 'Programmes that bring isolated people together.')
    expect(slug).toBe('tackling-loneliness')
    expect(await stored(slug)).toMatchObject({ title: 'Tackling loneliness', caseStudyIds: [] })
    const [a, b, c] = caseStudies as [(typeof caseStudies)[0], (typeof caseStudies)[0], (typeof caseStudies)[0]]

    // By full address (any host), by path with a trailing slash, by slug alone.
    expect((await add(slug, `https://practice-exchange.example/case-studies/${a.slug}?from=x#top`)).status).toBe(302)
    expect((await add(slug, `/case-studies/${b.slug}/`)).status).toBe(302)
    const added = await add(slug, `  ${c.slug.toUpperCase()}  `)
    expect(added.status).toBe(302)
    expect((await curator.get(edit(slug))).text).toContain(`Added: ${c.title}`)
    expect((await stored(slug))!.caseStudyIds).toEqual([a.id, b.id, c.id])

    const move = (id: string, direction: string) =>
      curator.submit(edit(slug), { direction }, `/admin/collections/${slug}/case-studies/${id}/move`)
    const moved = await move(c.id, 'up')
    expect(moved.headers.location).toBe(`/admin/collections/${slug}#item-${c.id}`)
    expect((await stored(slug))!.caseStudyIds).toEqual([a.id, c.id, b.id])
    expect((await move(a.id, 'up')).status).toBe(302) // already first: nothing changes
    expect((await move(a.id, 'down')).status).toBe(302)
    expect((await stored(slug))!.caseStudyIds).toEqual([c.id, a.id, b.id])

    const visitor = formClient(app)
    const page = await visitor.get(`/collections/${slug}`).expect(200)
    expect(page.text).toContain('<h1 class="govuk-heading-xl">Tackling loneliness</h1>')
    expect(page.text).toContain('Programmes that bring isolated people together.')
    expect(publicSlugs(page.text, 'collection-case-studies')).toEqual([c.slug, a.slug, b.slug])
    expect(page.text).not.toContain('private.person@example.org')
    expect((await visitor.get('/collections')).text).toContain(`href="/collections/${slug}">Tackling loneliness</a>`)

    const removed = await curator.submit(edit(slug), {}, `/admin/collections/${slug}/case-studies/${a.id}/remove`)
    expect(removed.status).toBe(302)
    expect((await stored(slug))!.caseStudyIds).toEqual([c.id, b.id])

    const renamed = await curator.submit(
      edit(slug),
      { title: 'Loneliness', description: '' },
      `/admin/collections/${slug}/details`,
    )
    expect(renamed.status).toBe(302)
    expect(await stored(slug)).toMatchObject({ title: 'Loneliness', description: '' })
    expect((await visitor.get(`/collections/${slug}`)).text).toContain('<h1 class="govuk-heading-xl">Loneliness</h1>')

    expect((await curator.get(`/admin/collections/${slug}/delete`)).text).toContain(
      'Are you sure you want to delete Loneliness?',
    )
    const deleted = await curator.submit(`/admin/collections/${slug}/delete`, {})
    expect(deleted.headers.location).toBe('/admin/collections')
    expect(await stored(slug)).toBeNull()
    await visitor.get(`/collections/${slug}`).expect(404)

    expect(await actions(slug)).toEqual([
      'collection.created',
      'collection.case-study-added',
      'collection.case-study-added',
      'collection.case-study-added',
      'collection.case-study-moved',
      'collection.case-study-moved',
      'collection.case-study-removed',
      'collection.details-changed',
      'collection.deleted',
    ])
    const events = await AuditEvent.find({ subjectId: slug }).lean()
    expect(events.every(event => event.actorId?.toString() === curatorId)).toBe(true)
  })

  it('hides archived and unpublished case studies from visitors, but shows them to curators', async () => {
    const gone = await createPublishedCaseStudy({ title: 'Soon archived' })
    const kept = await createPublishedCaseStudy({ title: 'Still published' })
    const slug = await create('Mixed states')
    await add(slug, gone.slug)
    await add(slug, kept.slug)
    await CaseStudy.updateOne({ _id: gone.id }, { $set: { archivedAt: new Date() } })
    const page = await formClient(app).get(`/collections/${slug}`).expect(200)
    expect(publicSlugs(page.text, 'collection-case-studies')).toEqual([kept.slug])
    expect(page.text).toContain('id="collection-count">1 case study<')
    expect(page.text).not.toContain('Soon archived')
    const admin = await curator.get(edit(slug)).expect(200)
    expect(admin.text).toMatch(
      /<strong>Soon archived<\/strong>\s*<strong class="govuk-tag govuk-tag--grey">Archived: hidden from visitors/,
    )
    // An archived case study cannot be added again.
    const again = await add(slug, gone.slug)
    expect(again.status).toBe(400)
  })

  it('curates the featured list shown on the home page, which cannot be renamed or deleted', async () => {
    const [a, b] = caseStudies as [(typeof caseStudies)[0], (typeof caseStudies)[0]]
    expect((await curator.get('/admin/collections')).text).toMatch(
      /href="\/admin\/collections\/featured">Featured case studies<\/a>/,
    )
    await add('featured', b.slug)
    await add('featured', a.slug)
    const home = await formClient(app).get('/').expect(200)
    expect(home.text).toContain('Featured case studies</h2>')
    expect(publicSlugs(home.text, 'featured-case-studies')).toEqual([b.slug, a.slug])
    expect((await curator.submit(edit('featured'), {}, '/admin/collections/featured/delete')).status).toBe(404)
    expect((await curator.submit(edit('featured'), { title: 'x' }, '/admin/collections/featured/details')).status).toBe(
      404,
    )
    await curator.get('/admin/collections/featured/delete').expect(404)
    expect(await stored('featured')).toMatchObject({ title: 'Featured case studies', caseStudyIds: [b.id, a.id] })
  })

  it('never takes the featured list’s address or the new-collection page’s, and makes one from any title', async () => {
    expect(await create('Featured')).toBe('featured-2')
    expect(await create('New')).toBe('new-2')
    expect(await create('!!!')).toBe('collection')
    expect(await create('Tackling loneliness')).toBe('tackling-loneliness')
    expect(await create('Tackling loneliness')).toBe('tackling-loneliness-2')
  })

  it('refuses a change made from an out-of-date copy, so two curators never overwrite each other', async () => {
    const slug = await create('Raced')
    const before = (await stored(slug))!
    expect(await collectionRepository.update(slug, before.version, { title: 'First' })).toBe(true)
    expect(await collectionRepository.update(slug, before.version, { title: 'Second' })).toBe(false)
    expect((await stored(slug))!.title).toBe('First')
  })
})

describe('bad input into the collection forms', () => {
  const countCollections = () => Collection.countDocuments()

  it.each([
    ['an empty title', { title: '' }, [['#title', 'Enter a title']]],
    ['a title of spaces', { title: '   ' }, [['#title', 'Enter a title']]],
    ['a 10 kB title', { title: 'x'.repeat(10_000) }, [['#title', 'Title must be 120 characters or fewer']]],
    [
      'a 10 kB description',
      { title: 'Fine', description: 'x'.repeat(10_000) },
      [['#description', 'Description must be 1,000 characters or fewer']],
    ],
    ['a title sent twice', { title: ['one', 'two'] }, [['#title', 'Enter a title']]],
  ])('creating with %s shows the error summary and stores nothing', async (_name, fields, expected) => {
    const before = await countCollections()
    const res = await curator.submit('/admin/collections/new', fields)
    expect(res.status).toBe(400)
    expect(res.text).toContain('<title>Error: Create a collection – Practice Exchange</title>')
    expect(errorSummary(res.text)).toEqual(expected)
    expect(await countCollections()).toBe(before)
  })

  it('keeps what was typed when a field is refused', async () => {
    const res = await curator.submit('/admin/collections/new', { title: '', description: 'Kept <b>as typed</b>' })
    expect(res.text).toContain('Kept &lt;b&gt;as typed&lt;/b&gt;</textarea>')
  })

  it('removes control and direction-override characters from titles and descriptions', async () => {
    const slug = await create('Safe\u0000 \u202eTitle\u0007\nHere', 'Line one\u0000\r\nline two')
    expect(await stored(slug)).toMatchObject({ title: 'Safe Title Here', description: 'Line one\nline two' })
  })

  it('refuses a form sent without its CSRF token, storing nothing', async () => {
    const before = await countCollections()
    const res = await curator.agent.post('/admin/collections/new').type('form').send({ title: 'No token' })
    expect(res.status).toBe(403)
    expect(await countCollections()).toBe(before)
    const slug = await create('Token test')
    const add = await curator.agent
      .post(`/admin/collections/${slug}/case-studies`)
      .type('form')
      .send({ reference: caseStudies[0]!.slug })
    expect(add.status).toBe(403)
    expect((await stored(slug))!.caseStudyIds).toEqual([])
  })

  const FORMAT = 'Enter the address of a case study page, like https://practice-exchange.example/case-studies/name'
  it.each([
    ['nothing', '', 'Enter the address of a case study'],
    ['10 kB', 'x'.repeat(10_000), 'The address must be 2,000 characters or fewer'],
    ['a script address', 'javascript:alert(1)', FORMAT],
    ['another site’s page', 'https://example.org/somewhere/else', FORMAT],
    ['an unknown slug', '/case-studies/no-such-case-study', 'There is no published case study at that address'],
    ['control characters', 'no\u0000such\u001b', 'There is no published case study at that address'],
  ])('adding %s is refused with a message', async (_name, reference, message) => {
    const slug = await create('Refusals')
    const res = await add(slug, reference)
    expect(res.status).toBe(400)
    expect(errorSummary(res.text)).toEqual([['#reference', message]])
    expect(res.text).toContain('<title>Error: Collection: Refusals – Practice Exchange</title>')
    expect((await stored(slug))!.caseStudyIds).toEqual([])
  })

  it('refuses a draft, a case study already listed, and more than 50', async () => {
    const slug = await create('Limits')
    const publisher = await signedInClient(app, { role: 'publisher' })
    const started = await publisher.client.submit('/publish/case-studies/new', { title: 'Only a draft' })
    const draft = await CaseStudy.findById(String(started.headers.location).split('/').pop()).lean()
    expect(errorSummary((await add(slug, draft!.slug)).text)).toEqual([
      ['#reference', 'There is no published case study at that address'],
    ])
    await add(slug, caseStudies[0]!.slug)
    expect(errorSummary((await add(slug, caseStudies[0]!.slug)).text)).toEqual([
      ['#reference', 'That case study is already in this list'],
    ])
    await Collection.updateOne(
      { _id: slug },
      { $set: { caseStudyIds: Array.from({ length: 50 }, (_, n) => `id-${n}`) } },
    )
    const full = await add(slug, caseStudies[1]!.slug)
    expect(errorSummary(full.text)).toEqual([
      ['#reference', 'A list can hold up to 50 case studies. Remove one before adding another'],
    ])
    expect(full.text).toContain(`value="${caseStudies[1]!.slug}"`)
  })

  it('refuses an empty title on an existing collection, leaving it as it was', async () => {
    const slug = await create('Unchanged', 'As it was')
    const res = await curator.submit(
      edit(slug),
      { title: '', description: 'new' },
      `/admin/collections/${slug}/details`,
    )
    expect(res.status).toBe(400)
    expect(errorSummary(res.text)).toEqual([['#title', 'Enter a title']])
    expect(await stored(slug)).toMatchObject({ title: 'Unchanged', description: 'As it was' })
  })

  it('answers 404 for unknown collections and case studies, and 400 for a move that is neither up nor down', async () => {
    const slug = await create('Moves')
    await add(slug, caseStudies[0]!.slug)
    const id = caseStudies[0]!.id
    await curator.get('/admin/collections/no-such-collection').expect(404)
    await formClient(app).get('/collections/no-such-collection').expect(404)
    expect((await add('no-such-collection', caseStudies[0]!.slug)).status).toBe(404)
    const move = (caseStudyId: string, direction: string) =>
      curator.submit(edit(slug), { direction }, `/admin/collections/${slug}/case-studies/${caseStudyId}/move`)
    expect((await move(id, 'sideways')).status).toBe(400)
    expect((await move('not-in-the-list', 'up')).status).toBe(404)
    expect(
      (await curator.submit(edit(slug), {}, `/admin/collections/${slug}/case-studies/%3Cx%3E/remove`)).status,
    ).toBe(404)
    expect((await stored(slug))!.caseStudyIds).toEqual([id])
  })
})
