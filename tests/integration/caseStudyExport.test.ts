import { parse } from 'csv-parse/sync'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { COLUMN_NAMES } from '../../server/services/exchange/caseStudyColumns'
import { publishCaseStudy, saveEverySection } from '../factories/publishedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let publisher: FormClient
let curator: FormClient

const DRAFT_TITLE = 'Zebra crossing rota never published'
const UNPUBLISHED_EDIT = 'Quokka edit still waiting for review'
const ARCHIVED_TITLE = 'Archived walrus programme'

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  app = createTestApp(services)
  ;({ client: publisher } = await signedInClient(app, { role: 'publisher' }))
  ;({ client: curator } = await signedInClient(app, { role: 'networkAdmin' }))
  // Cells a spreadsheet would run as formulas, in the title, a tag and a partner's name.
  const title = { title: '=HYPERLINK("https://evil.example","Spreadsheet formula title")' }
  const formula = await publishCaseStudy(publisher, curator, {
    'title-and-summary': { ...title, summary: '+44 a summary that looks like a sum', stage: 'live' },
    'themes-and-tags': { themes: ['housing'], tags: '@risk, -minus, plain' },
  })
  // Published, then edited: the edit waits for review and must not be exported.
  await saveEverySection(publisher, formula.taskList, {
    'title-and-summary': { ...title, summary: UNPUBLISHED_EDIT, stage: 'live' },
  })
  // Never published at all.
  const started = await publisher.submit('/publish/case-studies/new', { title: DRAFT_TITLE })
  await saveEverySection(publisher, started.headers.location as string, {
    'title-and-summary': { title: DRAFT_TITLE, summary: 'A draft', stage: 'idea' },
  })
  const archived = await publishCaseStudy(publisher, curator, {
    'title-and-summary': { title: ARCHIVED_TITLE, summary: 'Gone', stage: 'ended' },
  })
  await curator.submit(`/review/${archived.id}`, { archive: 'yes' }, `/review/${archived.id}/archive`)
  await services.searchIndex.ready()
  await services.searchIndex.indexer.drain()
})

const visitor = () => formClient(app)
/** A download as text, whatever its media type (supertest buffers only text/* and JSON by itself). */
const download = (path: string) =>
  visitor()
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => done(null, text))
    })
const csvRows = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true })
const jsonRows = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map(line => JSON.parse(line) as Record<string, unknown>)
const resultIds = async (query: string) => {
  const page = await visitor().get(`/case-studies${query}`)
  const slugs = [
    ...page.text.matchAll(/<h3 class="govuk-heading-m[^"]*"><a class="govuk-link" href="\/case-studies\/([^"]+)">/g),
  ]
  return {
    slugs: slugs.map(match => match[1]!),
    count: /id="result-count"[^>]*>([\d,]+) case stud/.exec(page.text)?.[1],
  }
}

describe('downloads of a search', () => {
  it('gives every published case study as CSV, dated, one row each in the search page’s order', async () => {
    const res = await download('/case-studies/export.csv')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?case-studies-\d{4}-\d{2}-\d{2}\.csv"?$/)
    expect((res.body as string).startsWith(`\ufeff${COLUMN_NAMES.join(',')}\r\n`)).toBe(true)
    const rows = csvRows(res.body as string)
    const published = await CaseStudy.countDocuments({ published: { $ne: null }, archivedAt: null })
    expect(rows).toHaveLength(published)
    expect(new Set(rows.map(row => row.id)).size).toBe(published)
    const firstPage = await resultIds('')
    expect(rows.slice(0, 20).map(row => row.slug)).toEqual(firstPage.slugs)
  })

  it('gives a filtered search as JSON Lines: the rows the search page counts, lists as arrays', async () => {
    const query = '?q=housing&theme=housing&sort=newest'
    const res = await download(`/case-studies/export.jsonl${query}`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/jsonl; charset=utf-8')
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="?case-studies-\d{4}-\d{2}-\d{2}\.jsonl"?$/,
    )
    const rows = jsonRows(res.body as string)
    const page = await resultIds(query)
    expect(String(rows.length)).toBe(page.count)
    expect(rows.slice(0, 20).map(row => row.slug)).toEqual(page.slugs)
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(COLUMN_NAMES)
      expect(row.themes).toContain('housing')
      expect(Array.isArray(row.barriers)).toBe(true)
    }
  })

  it('never holds a contact, a draft, an unpublished edit or an archived case study', async () => {
    const emails = new Set<string>()
    const phones = new Set<string>()
    const collect = (content?: { contacts: { email: string; phone: string }[] } | null) =>
      content?.contacts.forEach(contact => {
        emails.add(contact.email)
        if (contact.phone) phones.add(contact.phone)
      })
    for (const caseStudy of await CaseStudy.find().lean<CaseStudyRecord[]>()) {
      collect(caseStudy.published?.content)
      collect(caseStudy.draft?.content)
    }
    for (const revision of await CaseStudyRevision.find().lean<
      { content: { contacts: { email: string; phone: string }[] } }[]
    >())
      collect(revision.content)
    expect(emails.size).toBeGreaterThan(50)
    for (const format of ['csv', 'jsonl']) {
      const text = ((await download(`/case-studies/export.${format}`)).body as string).toLowerCase()
      expect(text.length).toBeGreaterThan(100_000)
      for (const email of emails) expect(text).not.toContain(email.toLowerCase())
      for (const phone of phones) expect(text).not.toContain(phone)
      for (const hidden of [DRAFT_TITLE, UNPUBLISHED_EDIT, ARCHIVED_TITLE])
        expect(text).not.toContain(hidden.toLowerCase())
    }
  })

  it('writes cells a spreadsheet would run as formulas with a quote in front, in CSV only', async () => {
    const csv = await download('/case-studies/export.csv?q=spreadsheet+formula+title')
    const [row] = csvRows(csv.body as string)
    expect(row?.title).toBe(`'=HYPERLINK("https://evil.example","Spreadsheet formula title")`)
    expect(row?.summary).toBe("'+44 a summary that looks like a sum")
    expect(row?.tags).toBe("'@risk;-minus;plain")
    for (const cell of Object.values(row!)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    const jsonl = await download('/case-studies/export.jsonl?q=spreadsheet+formula+title')
    const [line] = jsonRows(jsonl.body as string)
    expect(line?.title).toBe('=HYPERLINK("https://evil.example","Spreadsheet formula title")')
    expect(line?.tags).toEqual(['@risk', '-minus', 'plain'])
  })

  it('is linked from the search page with the search’s own query, and an empty search gives a header only', async () => {
    const page = await visitor().get('/case-studies?q=housing&theme=housing&page=2')
    expect(page.text).toContain('href="/case-studies/export.csv?q=housing&amp;theme=housing" download>CSV</a>')
    expect(page.text).toContain('href="/case-studies/export.jsonl?q=housing&amp;theme=housing" download>JSON Lines</a>')
    const empty = await download('/case-studies/export.csv?q=xylophonic+quasar')
    expect(csvRows(empty.body as string)).toEqual([])
  })
})

describe('the codebook', () => {
  it('describes every column and every controlled list, on a page and as JSON', async () => {
    const page = await visitor().get('/case-studies/export/codebook')
    expect(page.status).toBe(200)
    for (const name of COLUMN_NAMES) expect(page.text).toContain(`<code>${name}</code>`)
    expect(page.text).toContain('Adult social care')
    expect(page.text).toContain('Level 3: causality shown')
    const json = await visitor().get('/case-studies/export/codebook.json')
    const codebook = json.body as { schema: { fields: { name: string }[] }; controlledLists: Record<string, unknown> }
    expect(codebook.schema.fields.map(field => field.name)).toEqual(COLUMN_NAMES)
    expect(Object.keys(codebook.controlledLists)).toContain('themes')
  })
})
