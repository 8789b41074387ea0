import { CaseStudy } from '../../models/CaseStudy'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { formClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let client: FormClient
let taskList: string

const SCRIPT = '<script>alert("x")</script>'
const ATTRIBUTE_BREAKER = '" onmouseover="alert(1)" data-x="'

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  const publisher = await createUser({ role: 'publisher', councilCode: 'E08000035' })
  client = formClient(app)
  await client.submit('/sign-in', { email: publisher.email, password: FACTORY_PASSWORD })
  taskList = (await client.submit('/publish/case-studies/new', { title: 'Hostile input' })).headers.location as string
})

const storedDraft = async () => (await CaseStudy.findById(taskList.split('/').pop()).lean())!.draft!.content
const save = (section: string, fields: Record<string, string | string[]>) =>
  client.submit(`${taskList}/sections/${section}`, { ...fields, action: 'save' })

describe('hostile input in case study sections', () => {
  it('stores script tags and attribute breakers as text and shows them escaped everywhere', async () => {
    const curatorUser = await createUser({ role: 'networkAdmin' })
    const curator = formClient(app)
    await curator.submit('/sign-in', { email: curatorUser.email, password: FACTORY_PASSWORD })
    // A case study of its own: publishing it ends its draft, which the other tests use.
    const own = (await client.submit('/publish/case-studies/new', { title: 'Escaping' })).headers.location as string
    for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS)) {
      const hostile = Object.fromEntries(
        Object.entries(fields).map(([key, value]) => [
          key,
          typeof value === 'string' &&
          /title|summary|problem|context|description|lessons|outcomes|name|role|partners/i.test(key) &&
          !/url|email/i.test(key)
            ? `${value} ${SCRIPT} ${ATTRIBUTE_BREAKER}`
            : value,
        ]),
      )
      const res = await client.submit(`${own}/sections/${section}`, { ...hostile, action: 'save' })
      expect(res.status).toBe(302)
    }
    const id = own.split('/').pop()!
    await client.submit(`${own}/check-answers`, {})
    await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)
    const slug = (await CaseStudy.findById(id).lean())!.slug
    for (const page of [
      await formClient(app).get(`/case-studies/${slug}`),
      await client.get(`${own}/check-answers`),
      await client.get(`${own}/preview`),
      await curator.get(`/review/${id}`),
    ]) {
      expect(page.status).toBe(200)
      expect(page.text).not.toContain(SCRIPT)
      expect(page.text).not.toContain(ATTRIBUTE_BREAKER)
      expect(page.text).toContain('&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;')
    }
  })

  it.each([
    [
      'documents',
      { 'documents-0-title': 'Bad link', 'documents-0-url': 'javascript:alert(1)', 'documents-0-licence': 'OGL-3.0' },
      'documents-0-url',
      'Enter a link that starts with https://',
    ],
    [
      'outcomes-and-evidence',
      { ...VALID_SECTION_FIELDS['outcomes-and-evidence'], 'evaluations-0-url': 'data:text/html,<b>x</b>' },
      'evaluations-0-url',
      'Enter a link that starts with https://',
    ],
    [
      'adapted-from',
      { 'adaptedFrom-externalUrl': 'vbscript:msgbox', 'adaptedFrom-externalName': 'x' },
      'adaptedFrom-externalUrl',
      'Enter a link that starts with https://',
    ],
    [
      'title-and-summary',
      { ...VALID_SECTION_FIELDS['title-and-summary'], stage: 'legendary' },
      'stage',
      'Select a valid option for stage',
    ],
    ['themes-and-tags', { themes: ['economy', 'not-a-theme'] }, 'themes', 'Select valid options'],
    ['themes-and-tags', { themes: ['constructor', '__proto__'] }, 'themes', 'Select valid options'],
    ['licence', { licence: 'toString' }, 'licence', 'Select a valid option'],
    [
      'barriers',
      { 'barriers-0-category': '{"$gt":""}', 'barriers-0-description': 'x' },
      'barriers-0-category',
      'Select a valid option',
    ],
    [
      'contacts',
      { 'contacts-0-name': 'A', 'contacts-0-role': 'B', 'contacts-0-email': 'not-an-email', 'contacts-0-phone': '' },
      'contacts-0-email',
      'Enter an email address in the correct format',
    ],
    [
      'problem-and-approach',
      { problem: 'x'.repeat(100_000), whatTheyDid: 'ok' },
      'problem',
      'must be 10,000 characters or fewer',
    ],
    [
      'title-and-summary',
      { ...VALID_SECTION_FIELDS['title-and-summary'], 'startDate-month': '13', 'startDate-year': '2022' },
      'startDate-month',
      'Enter a real month and year',
    ],
  ])(
    '%s: refuses bad input with the error summary, storing nothing (case %#)',
    async (section, fields, field, message) => {
      const before = await storedDraft()
      const res = await save(section, fields)
      expect(res.status).toBe(400)
      expect(res.text).toContain(`href="#${field}"`)
      expect(res.text).toContain(message)
      expect(await storedDraft()).toEqual(before)
    },
  )

  it.each([
    ['documents', { 'documents-0-title': 'A', 'documents-0-url': 'not a url', 'documents-0-licence': 'OGL-3.0' }],
    ['outcomes-and-evidence', { ...VALID_SECTION_FIELDS['outcomes-and-evidence'], 'evaluations-0-url': 'not a url' }],
    ['adapted-from', { 'adaptedFrom-externalName': 'x', 'adaptedFrom-externalUrl': 'not a url' }],
  ])('%s: shows a rejected link again in valid HTML, as a text input for a URL', async (section, fields) => {
    const res = await save(section, fields)
    expect(res.status).toBe(400)
    const inputs = res.text.match(/<input\b[^>]*>/g) ?? []
    const kept = inputs.find(input => input.includes('value="not a url"'))
    expect(kept).toMatch(/type="text"/)
    expect(kept).toMatch(/inputmode="url"/)
    expect(kept).toMatch(/spellcheck="false"/)
    expect(kept).toMatch(/autocomplete="off"/)
    // The HTML rule: an input of type url may only hold a valid absolute URL.
    const badUrlInputs = inputs.filter(
      input => /type="url"/.test(input) && !URL.canParse(/value="([^"]*)"/.exec(input)?.[1] ?? 'https://x'),
    )
    expect(badUrlInputs).toEqual([])
  })

  it('ignores MongoDB operators smuggled into field names', async () => {
    const before = await storedDraft()
    const res = await client.submit(`${taskList}/sections/lessons`, { 'lessons[$ne]': 'x', action: 'save' })
    expect(res.status).toBe(302)
    expect((await storedDraft()).lessons).toBe('')
    expect((await storedDraft()).title).toBe(before.title)
  })

  it('refuses a body without the form’s action instead of emptying the section', async () => {
    await save('lessons', { lessons: 'Keep me' })
    const token = await client.csrfTokenFrom(`${taskList}/sections/lessons`)
    const json = await client.agent
      .post(`${taskList}/sections/lessons`)
      .set('Content-Type', 'application/json')
      .set('X-CSRF-Token', token)
      .send('{"lessons":{"$gt":""}}')
    expect(json.status).toBe(400)
    expect((await storedDraft()).lessons).toBe('Keep me')
  })

  it('an unknown section, a made-up id and an oversized title are clear errors, never a 500', async () => {
    expect((await client.get(`${taskList}/sections/no-such-section`)).status).toBe(404)
    expect((await client.get('/publish/case-studies/000000000000000000000000')).status).toBe(404)
    expect((await client.get('/publish/case-studies/not-an-id')).status).toBe(404)
    const long = await client.submit('/publish/case-studies/new', { title: 'x'.repeat(151) })
    expect(long.status).toBe(400)
    expect(long.text).toContain('Title must be 150 characters or fewer')
    expect((await client.get('/case-studies/%00%00')).status).toBe(404)
    expect((await client.get('/case-studies?page=999999999999')).status).toBe(200)
  })
})
