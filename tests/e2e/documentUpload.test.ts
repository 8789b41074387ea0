/// <reference lib="dom" />
import type { Page } from 'playwright-core'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { MAX_FILE_BYTES } from '../../models/documentFileTypes'
import { paths } from '../../server/paths'
import { IMPOSTORS, SAMPLE_FILES } from '../factories/documentFiles'
import { saveEverySection, submitAndPublish } from '../factories/publishedCaseStudy'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { startCaseStudy } from '../helpers/documentUploads'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const PUBLISHER = { role: 'publisher', councilCode: 'E08000035' } as const
const CURATOR = { role: 'networkAdmin' } as const

describe('uploading files to a case study, in a browser', () => {
  const { app, newPage, signedInPage } = useBrowserApp()
  let seeding: { publisher: FormClient; curator: FormClient }

  beforeAll(async () => {
    seeding = {
      publisher: (await signedInClient(app(), PUBLISHER)).client,
      curator: (await signedInClient(app(), CURATOR)).client,
    }
  })

  const errorSummary = (page: Page) => page.locator('.govuk-error-summary__list').innerText()

  async function chooseAndUpload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, title: string) {
    await page.locator('input[type="file"][name="file"]').setInputFiles(file)
    await page.getByLabel('Title', { exact: true }).fill(title)
    await page.getByLabel('Open Government Licence v3.0').check()
    await newPageAfter(page, () => page.getByRole('button', { name: 'Upload file' }).click())
  }

  it('uploads a file, and refuses an oversized one and a .pdf that is really text, saying why', async () => {
    const id = await startCaseStudy(seeding.publisher, 'Uploading in a browser')
    const page = await signedInPage(PUBLISHER)
    await page.goto(paths.publish.section(id, 'documents'))
    await expectAccessible(page)
    await newPageAfter(page, () => page.getByRole('button', { name: 'Upload a file' }).click())
    expect(await page.title()).toMatch(/^Upload a file/)
    await expectAccessible(page)

    const oversized = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(MAX_FILE_BYTES, 'x')])
    await chooseAndUpload(page, { name: 'huge.pdf', mimeType: 'application/pdf', buffer: oversized }, 'Huge report')
    expect(await page.title()).toMatch(/^Error: Upload a file/)
    expect(await errorSummary(page)).toBe('The selected file must be smaller than 20 MB')
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Huge report')
    await expectAccessible(page)

    const impostor = { name: 'really-text.pdf', mimeType: 'application/pdf', buffer: IMPOSTORS['really-text.pdf']! }
    await chooseAndUpload(page, impostor, 'Not a PDF')
    expect(await errorSummary(page)).toBe(
      'The selected file is not a real PDF – its contents do not match its .pdf name',
    )

    const pdf = SAMPLE_FILES['report.pdf']!
    await chooseAndUpload(page, { name: 'report.pdf', mimeType: 'application/pdf', buffer: pdf }, 'Business case')
    expect(new URL(page.url()).pathname).toBe(paths.publish.section(id, 'documents'))
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('‘Business case’ uploaded')
    const row = page.locator('#uploaded-files .govuk-summary-list__row')
    expect(await row.count()).toBe(1)
    expect(await row.innerText()).toMatch(
      new RegExp(`Business case\\s+PDF, ${pdf.length} bytes\\s+Uploaded \\d+ \\w+ 20\\d\\d`),
    )
    await expectAccessible(page)
    const stored = await CaseStudy.findById(id).lean<CaseStudyRecord>()
    expect(stored!.draft!.content.files.map(file => [file.title, file.kind, file.bytes])).toEqual([
      ['Business case', 'pdf', pdf.length],
    ])
  })

  it('gives a visitor 404 for a draft’s file, and the file once the case study is published', async () => {
    const id = await startCaseStudy(seeding.publisher, 'Files before and after publication')
    const publisher = await signedInPage(PUBLISHER)
    await publisher.goto(paths.publish.uploadFile(id))
    const csv = SAMPLE_FILES['costs.csv']!
    await chooseAndUpload(publisher, { name: 'costs.csv', mimeType: 'text/csv', buffer: csv }, 'Costs template')
    const href = await publisher.getByRole('link', { name: 'Costs template' }).getAttribute('href')
    const asEditor = await publisher.request.get(href!)
    expect([asEditor.status(), asEditor.headers()['content-disposition']]).toEqual([
      200,
      `attachment; filename="Costs template.csv"; filename*=UTF-8''Costs%20template.csv`,
    ])

    const visitor = await newPage()
    const response = await visitor.goto(href!)
    expect(response!.status()).toBe(404)
    expect(await visitor.locator('h1').innerText()).toBe('Page not found')

    await saveEverySection(seeding.publisher, paths.publish.taskList(id))
    await submitAndPublish(seeding.publisher, seeding.curator, id)
    await visitor.goto(paths.caseStudies.show((await CaseStudy.findById(id).lean())!.slug))
    const link = visitor.getByRole('link', { name: `Costs template (CSV, ${csv.length} bytes)` })
    expect(await link.getAttribute('href')).toBe(href)
    await expectAccessible(visitor)
    const download = await visitor.request.get(href!)
    expect([
      download.status(),
      download.headers()['content-type'],
      download.headers()['x-content-type-options'],
    ]).toEqual([200, 'text/csv; charset=utf-8', 'nosniff'])
    expect(Buffer.compare(await download.body(), csv)).toBe(0)
  })
})
