import mongoose from 'mongoose'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { generateDemoCaseStudies } from '../../server/demo/demoCatalogue'
import { createTestApp, testServices } from '../helpers/testApp'
import { formClient } from '../helpers/formClient'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

describe('demo content', () => {
  const services = testServices()

  beforeAll(async () => {
    await services.referenceData.loadCouncils()
  })

  it('is the same catalogue every time for the same seed', async () => {
    const councils = await services.councils.all()
    expect(JSON.stringify(generateDemoCaseStudies(councils))).toBe(JSON.stringify(generateDemoCaseStudies(councils)))
    expect(JSON.stringify(generateDemoCaseStudies(councils, 1))).not.toBe(
      JSON.stringify(generateDemoCaseStudies(councils, 2)),
    )
  })

  it('leaves no {placeholder} in any programme’s text', async () => {
    const councils = await services.councils.all()
    const unfilled = generateDemoCaseStudies(councils).flatMap(
      item => JSON.stringify(item.content).match(/\{\w+\}/g) ?? [],
    )
    expect(unfilled).toEqual([])
  })

  it('publishes at least 60 case studies across 12 themes and 40 councils, some adapted from others, once', async () => {
    const published = await services.demoContent.seedIfEmpty()
    expect(published).toBeGreaterThanOrEqual(60)
    expect(await services.demoContent.seedIfEmpty()).toBe(0)

    const all = await CaseStudy.find().lean<CaseStudyRecord[]>()
    expect(all).toHaveLength(published)
    const contents = all.map(caseStudy => caseStudy.published!.content)
    expect(new Set(contents.flatMap(content => content.themes)).size).toBeGreaterThanOrEqual(12)
    expect(new Set(all.map(caseStudy => caseStudy.leadCouncilCode)).size).toBeGreaterThanOrEqual(40)
    const adapted = contents.filter(content => content.adaptedFrom.caseStudyId)
    expect(adapted.length).toBeGreaterThan(5)
    const ids = new Set(all.map(caseStudy => caseStudy._id.toString()))
    for (const content of adapted) expect(ids.has(content.adaptedFrom.caseStudyId)).toBe(true)
  })

  it('shows on the public pages, with "adapted from" and "adapted by" links between them', async () => {
    const app = createTestApp(services)
    const visitor = formClient(app)
    const home = await visitor.get('/')
    expect(home.text).toContain('Recently published')
    expect(
      (
        home.text.match(
          /<li class="govuk-!-margin-bottom-4"><a class="govuk-link govuk-!-font-weight-bold" href="\/case-studies\//g,
        ) ?? []
      ).length,
    ).toBe(5)
    const list = await visitor.get('/case-studies')
    const published = await CaseStudy.countDocuments({ published: { $ne: null } })
    expect(list.text).toContain(`id="result-count" aria-live="polite">${published} case studies<`)
    const adaptation = await CaseStudy.findOne({
      'published.content.adaptedFrom.caseStudyId': { $ne: '' },
    }).lean<CaseStudyRecord>()
    const original = await CaseStudy.findById(
      adaptation!.published!.content.adaptedFrom.caseStudyId,
    ).lean<CaseStudyRecord>()
    const adaptationPage = await visitor.get(`/case-studies/${adaptation!.slug}`)
    expect(adaptationPage.text).toContain(`href="/case-studies/${original!.slug}"`)
    const originalPage = await visitor.get(`/case-studies/${original!.slug}`)
    expect(originalPage.text).toMatch(/Adapted by \d+ council/)
    expect(originalPage.text).toContain(`href="/case-studies/${adaptation!.slug}"`)
  })

  it('hosts a CSV monitoring template and a one-page PDF summary with every case study, for anyone to download', async () => {
    const all = await CaseStudy.find().lean<CaseStudyRecord[]>()
    for (const caseStudy of all)
      expect(caseStudy.published!.content.files.map(file => [file.title, file.kind])).toEqual([
        ['Costs and outcomes monitoring template', 'csv'],
        ['One-page summary', 'pdf'],
      ])
    expect(await mongoose.connection.db!.collection('documentFiles.files').countDocuments()).toBe(all.length * 2)
    expect(await mongoose.connection.db!.collection('pendingDocumentFiles').countDocuments()).toBe(0)
    const visitor = formClient(createTestApp(services))
    const page = await visitor.get(`/case-studies/${all[0]!.slug}`)
    const links = [...page.text.matchAll(/<a class="govuk-link" href="(\/files\/[^"]+)">([^<]+)<\/a>/g)]
    expect(links.map(link => link[2])).toEqual([
      expect.stringMatching(/^Costs and outcomes monitoring template \(CSV, \d+ bytes\)$/),
      expect.stringMatching(/^One-page summary \(PDF, \d+ KB\)$/),
    ])
    const pdf = await visitor.get(links[1]![1]!).buffer(true)
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf'])
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-')
    expect((pdf.body as Buffer).toString('latin1')).toContain(
      `(${all[0]!.published!.content.title.split(' ').slice(0, 4).join(' ')}`,
    )
  })
})
