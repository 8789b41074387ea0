import { CaseStudy } from '../../models/CaseStudy'
import { csvFile, goodRow } from '../factories/importFile'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let curator: FormClient

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  ;({ client: curator } = await signedInClient(app, { role: 'networkAdmin' }))
})

/** Posts the upload form as a browser does: the CSRF token first, then the choices, then the file. */
async function upload(
  client: FormClient,
  text: string,
  fields: Record<string, string> = { mode: 'published' },
  name = 'cases.csv',
  token?: string,
) {
  let request = client.agent
    .post('/admin/import')
    .field('_csrf', token ?? (await client.csrfTokenFrom('/admin/import')))
  for (const [field, value] of Object.entries(fields)) request = request.field(field, value)
  return request.attach('file', Buffer.from(text), name)
}
const cells = (html: string, id: string) =>
  [
    ...(new RegExp(`id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '').matchAll(
      /<td class="govuk-table__cell[^"]*">([^<]*)<\/td>/g,
    ),
  ].map(match => match[1])

describe('the import page', () => {
  it('is for network admins only, linked from their navigation', async () => {
    const page = await curator.get('/admin/import')
    expect(page.status).toBe(200)
    expect(page.text).toContain('enctype="multipart/form-data"')
    expect(page.text).toMatch(/<a class="govuk-service-navigation__link" href="\/admin\/import" aria-current="page">/)
    expect((await curator.get('/account')).text).toMatch(/href="\/admin\/import">Import<\/a>/)
    const { client: officer } = await signedInClient(app, { role: 'publisher' })
    expect((await officer.get('/admin/import')).status).toBe(403)
    expect((await formClient(app).get('/admin/import')).headers.location).toBe('/sign-in')
  })

  it('refuses an upload without the CSRF token, or from someone else, and stores nothing', async () => {
    const file = csvFile([goodRow()])
    const forged = await upload(curator, file, { mode: 'published' }, 'cases.csv', 'not-the-token')
    expect(forged.status).toBe(403)
    expect(forged.text).toContain('Your form could not be sent')
    const { client: officer } = await signedInClient(app, { role: 'officer' })
    const officerToken = await officer.csrfTokenFrom('/account/change-name')
    const notAdmin = await upload(officer, file, { mode: 'published' }, 'cases.csv', officerToken)
    expect(notAdmin.status).toBe(403)
    expect(await CaseStudy.countDocuments()).toBe(0)
  })

  it('imports the good rows and shows the report of the bad ones, by line and column', async () => {
    const good = goodRow({ title: 'Uploaded pothole programme' })
    const res = await upload(curator, csvFile([good, goodRow({ themes: 'potholes' })]))
    expect(res.status).toBe(200)
    expect(res.text).toContain('Imported as published case studies')
    expect(cells(res.text, 'import-problems')).toEqual([
      '3',
      'themes',
      '&#34;potholes&#34; is not a code in the themes list',
    ])
    expect(res.text).toMatch(/Created<\/dt><dd class="govuk-summary-list__value">1</)
    expect((await CaseStudy.findOne({ externalId: good.external_id }).lean())?.published?.content.title).toBe(
      'Uploaded pothole programme',
    )
  })

  it('checks a file without importing it when asked to', async () => {
    const res = await upload(curator, csvFile([goodRow()]), { mode: 'drafts', dryRun: 'yes' })
    expect(res.status).toBe(200)
    expect(res.text).toContain('File checked: nothing was imported')
    expect(res.text).toMatch(/Would be created<\/dt><dd class="govuk-summary-list__value">1</)
    expect(res.text).toMatch(/value="drafts" checked/)
    expect(await CaseStudy.countDocuments()).toBe(1)
  })

  it('says what is wrong with the form in the error summary, and with a file it cannot read', async () => {
    const none = await curator.agent
      .post('/admin/import')
      .field('_csrf', await curator.csrfTokenFrom('/admin/import'))
      .field('mode', 'published')
    expect(none.status).toBe(400)
    expect(none.text).toContain('<title>Error: Import case studies')
    expect(none.text).toContain('<a href="#file">Select a CSV or JSON Lines file</a>')

    const wrongType = await upload(curator, 'hello', { mode: '' }, 'notes.txt')
    expect(wrongType.text).toContain('The selected file must be a CSV or JSON Lines file (.csv or .jsonl)')
    expect(wrongType.text).toContain(
      '<a href="#mode">Select whether to publish the case studies or send them for review</a>',
    )

    const header = await upload(curator, 'external_id,titel\r\nx:1,Something\r\n')
    expect(header.status).toBe(400)
    expect(header.text).toContain('<a href="#import-problems">The file cannot be read as case studies')
    expect(cells(header.text, 'import-problems')).toContain('titel')
    expect(await CaseStudy.countDocuments()).toBe(1)
  })
})
