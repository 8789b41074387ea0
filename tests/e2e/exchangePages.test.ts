/// <reference lib="dom" />
import { CaseStudy } from '../../models/CaseStudy'
import { csvFile, goodRow } from '../factories/importFile'
import { expectAccessible, newPageAfter, useBrowserApp } from '../helpers/browser'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('downloads, their codebook and imports, in a browser', () => {
  const { newPage, signedInPage } = useBrowserApp({
    prepare: services => services.searchIndex.ready(),
    finish: services => services.searchIndex.stop(),
  })

  it('shows the codebook, every column and list, accessibly', async () => {
    const page = await newPage()
    await page.goto('/case-studies/export/codebook')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Codebook for case study downloads')
    expect(await page.locator('#columns tbody tr').count()).toBeGreaterThan(40)
    await expectAccessible(page)
  })

  it('imports a file through the upload page and shows its report, with and without problems, accessibly', async () => {
    const page = await signedInPage({ role: 'networkAdmin' })
    await page.goto('/admin/import')
    await expectAccessible(page)

    // Nothing chosen: the error summary, linked to the field.
    await newPageAfter(page, () => page.getByRole('button', { name: 'Import file' }).click())
    expect(await page.title()).toMatch(/^Error: Import case studies/)
    expect(await page.locator('.govuk-error-summary a[href="#file"]').innerText()).toBe(
      'Select a CSV or JSON Lines file',
    )
    await expectAccessible(page)

    const good = goodRow({ title: 'Uploaded in a browser' })
    await page.getByLabel('File to import').setInputFiles({
      name: 'cases.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csvFile([good, goodRow({ stage: 'someday' })])),
    })
    await newPageAfter(page, () => page.getByRole('button', { name: 'Import file' }).click())
    expect(await page.locator('#import-report h2').innerText()).toBe('Imported as published case studies')
    expect(await page.locator('#import-problems tbody tr').innerText()).toMatch(
      /3\s+stage\s+"someday" is not a code in the stages list/,
    )
    await expectAccessible(page)
    expect(await CaseStudy.countDocuments({ externalId: good.external_id })).toBe(1)
  })
})
