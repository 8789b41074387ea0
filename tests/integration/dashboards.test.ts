import { Types } from 'mongoose'
import { CaseStudy } from '../../models/CaseStudy'
import { Enquiry } from '../../models/Enquiry'
import { declarationRepository } from '../../server/data/declarationRepository'
import { usageCountRepository } from '../../server/data/usageCountRepository'
import { dashboardRepository } from '../../server/data/dashboardRepository'
import { createDashboardService } from '../../server/services/diffusion/dashboardService'
import type { DeclarationCounts, EnquiryCounts } from '../../server/services/diffusion/dashboardSources'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { createUser } from '../factories/userFactory'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testClock, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const LEEDS = { code: 'E08000035', slug: 'leeds-city-council' }
const CORNWALL = 'E06000052'
// Monday 1 June 2026: the 26 weeks run from Tuesday 2 December 2025, the last from 26 May.
const clock = testClock(new Date('2026-06-01T09:00:00Z'))
const at = (day: string) => new Date(`${day}T10:00:00Z`)

const seeded = { housing: '', parking: '', archived: '' }
const askedFor: { enquiries: string[][]; declarations: string[][] } = { enquiries: [], declarations: [] }

const enquiryCounts: EnquiryCounts = ids => {
  askedFor.enquiries.push(ids)
  return Promise.resolve(
    [
      { day: '2026-05-30', caseStudyId: seeded.housing, count: 4 },
      { day: '2026-02-10', caseStudyId: seeded.parking, count: 1 },
      { day: '2026-05-30', caseStudyId: 'another-councils', count: 50 },
    ].filter(row => ids.includes(row.caseStudyId)),
  )
}
const declarationCounts: DeclarationCounts = ids => {
  askedFor.declarations.push(ids)
  return Promise.resolve(
    [
      { day: '2026-05-28', caseStudyId: seeded.housing, status: 'adopted', count: 2 },
      { day: '2026-05-29', caseStudyId: seeded.parking, status: 'exploring', count: 1 },
      // Before the period: left out even if the source returns it.
      { day: '2025-06-01', caseStudyId: seeded.housing, status: 'adapting', count: 9 },
    ].filter(row => ids.includes(row.caseStudyId)),
  )
}

const withSources = testServices({}, clock)
const services = {
  ...withSources,
  dashboards: createDashboardService({
    repository: dashboardRepository,
    usage: usageCountRepository,
    councils: withSources.councils,
    clock,
    enquiryCounts,
    declarationCounts,
  }),
}
// The app's own composition reads the stored enquiries and declarations; this one is given no source.
const wired = testServices({}, clock)
const bare = {
  ...wired,
  dashboards: createDashboardService({
    repository: dashboardRepository,
    usage: usageCountRepository,
    councils: wired.councils,
    clock,
  }),
}
let publisher: FormClient
let bareCurator: FormClient
let curator: FormClient

/** A table's body rows as arrays of cell texts. */
function rowsOf(html: string, id: string): string[][] {
  const table = new RegExp(`<table[^>]*id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? ''
  const body = /<tbody[\s\S]*<\/tbody>/.exec(table)?.[0] ?? ''
  return [...body.matchAll(/<tr[\s\S]*?<\/tr>/g)].map(([row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell = '']) =>
      cell
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim(),
    ),
  )
}

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  const app = createTestApp(services)
  const bareApp = createTestApp(bare)
  seeded.housing = (
    await createPublishedCaseStudy({ title: 'Housing first pilot', themes: ['housing'], publishedAt: at('2026-01-05') })
  ).id
  seeded.parking = (
    await createPublishedCaseStudy({
      title: 'Parking permits online',
      themes: ['transport', 'digital'],
      publishedAt: at('2025-03-01'),
    })
  ).id
  seeded.archived = (await createPublishedCaseStudy({ title: 'An archived scheme', publishedAt: at('2024-01-01') })).id
  await CaseStudy.updateOne({ _id: new Types.ObjectId(seeded.archived) }, { $set: { archivedAt: at('2025-01-01') } })
  await createPublishedCaseStudy({ title: 'Cornwall housing', councilCode: CORNWALL, publishedAt: at('2026-05-27') })
  await createPublishedCaseStudy({
    councilCode: CORNWALL,
    adaptedFromId: seeded.housing,
    publishedAt: at('2026-05-27'),
  })
  await createPublishedCaseStudy({
    councilCode: CORNWALL,
    adaptedFromId: seeded.housing,
    publishedAt: at('2026-03-03'),
  })
  // Adapted long ago: outside the period.
  await createPublishedCaseStudy({
    councilCode: CORNWALL,
    adaptedFromId: seeded.parking,
    publishedAt: at('2024-05-01'),
  })

  await usageCountRepository.addViews([
    { caseStudyId: seeded.housing, day: '2026-06-01', count: 5 },
    { caseStudyId: seeded.housing, day: '2026-05-20', count: 2 },
    { caseStudyId: seeded.parking, day: '2026-05-31', count: 3 },
    { caseStudyId: seeded.archived, day: '2025-12-02', count: 1 },
    { caseStudyId: seeded.housing, day: '2025-12-01', count: 100 },
  ])
  await usageCountRepository.addSearches(
    [
      { day: '2026-06-01', searches: 7, zeroResults: 2 },
      { day: '2026-05-19', searches: 3, zeroResults: 0 },
      { day: '2025-11-01', searches: 40, zeroResults: 10 },
    ],
    [
      { day: '2026-06-01', key: 'a1', query: 'homelessness prevention', searches: 4, zeroResults: 0 },
      { day: '2026-05-19', key: 'a1', query: 'homelessness prevention', searches: 2, zeroResults: 0 },
      { day: '2026-06-01', key: 'b2', query: 'gritting <rota>', searches: 3, zeroResults: 2 },
      { day: '2025-11-01', key: 'c3', query: 'old news', searches: 40, zeroResults: 10 },
    ],
  )
  const leedsPublisher = await createUser({ role: 'publisher', councilCode: LEEDS.code })
  const waiting = await services.caseStudyEditing.create(leedsPublisher, 'Waiting since May', {
    actorId: null,
    ip: null,
  })
  const newer = await services.caseStudyEditing.create(leedsPublisher, 'Waiting since Friday', {
    actorId: null,
    ip: null,
  })
  await CaseStudy.updateOne(
    { _id: waiting._id },
    { $set: { 'draft.reviewState': 'submitted', 'draft.submittedAt': at('2026-05-01') } },
  )
  await CaseStudy.updateOne(
    { _id: newer._id },
    { $set: { 'draft.reviewState': 'submitted', 'draft.submittedAt': at('2026-05-29') } },
  )

  publisher = (await signedInClient(app, { role: 'publisher', councilCode: LEEDS.code })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  bareCurator = (await signedInClient(bareApp, { role: 'networkAdmin' })).client
})

describe('a council’s dashboard', () => {
  it('totals each case study’s views, enquiries, declarations and adaptations in the period', async () => {
    const res = await publisher.get(`/councils/${LEEDS.slug}/dashboard`)
    expect(res.status).toBe(200)
    expect(rowsOf(res.text, 'case-study-totals')).toEqual([
      ['Housing first pilot', '7', '4', '2', '2'],
      ['Parking permits online', '3', '1', '1', '0'],
      ['An archived scheme (archived)', '1', '0', '0', '0'],
    ])
    expect(res.text).toContain(
      '<th scope="col" class="govuk-table__header govuk-table__header--numeric">Enquiries</th>',
    )
    expect(askedFor.enquiries.at(-1)?.sort()).toEqual([seeded.housing, seeded.parking, seeded.archived].sort())
  })

  it('charts views by week, with every week in the table beside the chart', async () => {
    const res = await publisher.get(`/councils/${LEEDS.slug}/dashboard`)
    const weeks = rowsOf(res.text, 'views-table')
    expect(weeks).toHaveLength(26)
    expect(weeks[0]).toEqual(['2 Dec 2025', '1'])
    expect(weeks.at(-2)).toEqual(['19 May 2026', '2'])
    expect(weeks.at(-1)).toEqual(['26 May 2026', '8'])
    expect(rowsOf(res.text, 'adaptations-table').at(-1)).toEqual(['26 May 2026', '1'])
    expect(res.text).toMatch(/<svg class="app-chart__svg"[^>]*role="img" aria-labelledby="views-title views-desc"/)
    expect(res.text).toContain('In all, views: 11.')
  })

  it('a shorter period counts only its weeks', async () => {
    const res = await publisher.get(`/councils/${LEEDS.slug}/dashboard?weeks=13`)
    expect(rowsOf(res.text, 'views-table')).toHaveLength(13)
    expect(rowsOf(res.text, 'case-study-totals')[2]).toEqual(['An archived scheme (archived)', '0', '0', '0', '0'])
  })

  it('leaves out enquiries and declarations until their sources are wired', async () => {
    const leedsAdmin = (await signedInClient(createTestApp(bare), { role: 'councilAdmin', councilCode: LEEDS.code }))
      .client
    const res = await leedsAdmin.get(`/councils/${LEEDS.slug}/dashboard`)
    expect(res.status).toBe(200)
    expect(rowsOf(res.text, 'case-study-totals')[0]).toEqual(['Housing first pilot', '7', '2'])
    expect(res.text).not.toContain('Enquiries')
    expect(res.text).not.toContain('Adoption declarations')
  })

  it('in the app as composed, counts the enquiries and declarations stored for the council’s case studies', async () => {
    const asker = await createUser({ role: 'officer', councilCode: CORNWALL })
    await Enquiry.create({
      caseStudyId: seeded.parking,
      caseStudyTitle: 'Parking permits online',
      councilCode: LEEDS.code,
      senderId: asker._id,
      senderName: 'A Cornwall officer',
      senderCouncilCode: CORNWALL,
      message: 'How did you move permits online?',
      routedTo: 'contacts',
      sentAt: at('2026-05-30'),
      day: '2026-05-30',
    })
    await declarationRepository.declare({
      caseStudyId: seeded.parking,
      councilCode: CORNWALL,
      status: 'adapting',
      note: '',
      by: asker._id,
      at: at('2026-05-31'),
    })
    const leedsAdmin = (await signedInClient(createTestApp(wired), { role: 'councilAdmin', councilCode: LEEDS.code }))
      .client
    const res = await leedsAdmin.get(`/councils/${LEEDS.slug}/dashboard`)
    expect(rowsOf(res.text, 'case-study-totals')[1]).toEqual(['Parking permits online', '3', '1', '1', '0'])
  })
})

describe('the network dashboard', () => {
  it('charts publications and searches by week, and lists the top searches in the period', async () => {
    const res = await curator.get('/admin/dashboard')
    expect(res.status).toBe(200)
    expect(rowsOf(res.text, 'publications-table').at(-1)).toEqual(['26 May 2026', '2'])
    expect(rowsOf(res.text, 'searches-table').at(-1)).toEqual(['26 May 2026', '7', '2'])
    expect(rowsOf(res.text, 'searches-table').at(-2)).toEqual(['19 May 2026', '3', '0'])
    expect(rowsOf(res.text, 'top-queries')).toEqual([
      ['homelessness prevention', '6', '0'],
      ['gritting <rota>', '3', '2'],
    ])
    expect(res.text).toContain('gritting &lt;rota&gt;')
  })

  it('counts declarations by theme and by region, when their source is wired', async () => {
    const res = await curator.get('/admin/dashboard')
    expect(rowsOf(res.text, 'declarations-by-theme-table')).toEqual([
      ['Housing and homelessness', '2'],
      ['Digital, data and technology', '1'],
      ['Transport, highways and parking', '1'],
    ])
    expect(rowsOf(res.text, 'declarations-by-region-table')).toEqual([['Yorkshire and The Humber', '3']])
    const without = await bareCurator.get('/admin/dashboard')
    expect(without.status).toBe(200)
    expect(without.text).not.toContain('Declarations by theme')
  })

  it('shows how long submitted case studies have waited, and the oldest', async () => {
    const res = await curator.get('/admin/dashboard')
    expect(rowsOf(res.text, 'review-queue-table')).toEqual([
      ['Less than 1 week', '1'],
      ['1 to 2 weeks', '0'],
      ['2 to 4 weeks', '0'],
      ['4 weeks or more', '1'],
    ])
    expect(res.text).toMatch(
      /The oldest, <a class="govuk-link" href="\/review\/[0-9a-f]{24}">Waiting since May<\/a>, was submitted on 1 May 2026 and has waited 30 days\./,
    )
  })
})

describe('hostile dashboard requests', () => {
  it.each([
    'weeks=abc',
    'weeks=0',
    'weeks=-26',
    'weeks=1e9',
    'weeks=26&weeks=52',
    `weeks=${'9'.repeat(5_000)}`,
    'weeks=26%00',
    'weeks=',
  ])('answers ?%s with 400, not an error', async query => {
    for (const path of [`/councils/${LEEDS.slug}/dashboard?${query}`, `/admin/dashboard?${query}`]) {
      const res = await curator.get(path)
      expect(res.status).toBe(400)
      expect(res.text).toContain('There is a problem with what was sent')
    }
  })

  it('answers 404 for a council that does not exist, and ignores parameters it does not use', async () => {
    expect((await curator.get('/councils/no-such-council/dashboard')).status).toBe(404)
    expect((await curator.get('/councils/%E0%A4%A/dashboard')).status).toBeLessThan(500)
    expect((await curator.get('/admin/dashboard?utm_source=mail&range=forever')).status).toBe(200)
    // Read as a parameter literally named "weeks[$gt]" (no nested query objects), so not a period at all.
    expect((await curator.get('/admin/dashboard?weeks[$gt]=1')).status).toBe(200)
  })
})
