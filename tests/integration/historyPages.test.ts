import mongoose, { Types } from 'mongoose'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import { sectionById } from '../../models/vocabulary'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let client: FormClient
let history: string

const SAVES = 60
const OTHER_REVISIONS = 3_000

/** Every operation on the revisions collection while `during` runs: its method and filter. */
async function revisionQueries(during: () => Promise<unknown>) {
  const seen: { method: string; filter: unknown }[] = []
  mongoose.set('debug', (collection: string, method: string, filter: unknown) => {
    if (collection === CaseStudyRevision.collection.collectionName) seen.push({ method, filter })
  })
  try {
    await during()
  } finally {
    mongoose.set('debug', false)
  }
  return seen
}

const rowsOf = (html: string) =>
  [
    ...html.matchAll(/<tr class="govuk-table__row">\s*<td class="govuk-table__cell[^"]*" data-label="Version">(\d+)/g),
  ].map(match => Number(match[1]))

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  const signedIn = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
  client = signedIn.client
  const started = await client.submit('/publish/case-studies/new', { title: 'A long history' })
  const id = (started.headers.location as string).split('/').pop()!
  history = `/publish/case-studies/${id}/history`
  // Saves through the editing service: revision 1 is the start, 2..60 each change the lessons.
  const lessons = sectionById('lessons')!
  const context = { actorId: signedIn.user._id, ip: null }
  for (let save = 2; save <= SAVES; save++)
    await services.caseStudyEditing.saveSection(signedIn.user, id, lessons, { lessons: `Lesson ${save}` }, context)

  // Thousands of revisions of other case studies share the collection.
  const template = (await caseStudyRepository.findRevision((await caseStudyRepository.findById(id))!, SAVES))!
  const others = Array.from({ length: OTHER_REVISIONS }, (_, index) => {
    const caseStudyId = new Types.ObjectId()
    return { ...template, _id: `${caseStudyId.toString()}:1:other${index}`, caseStudyId, number: 1 }
  })
  for (let start = 0; start < others.length; start += 500)
    await CaseStudyRevision.insertMany(others.slice(start, start + 500), { ordered: false })
}, 300_000)

describe('the history page', () => {
  it('shows the newest 25 saves and links to the other pages', async () => {
    let res!: Awaited<ReturnType<FormClient['get']>>
    const queries = await revisionQueries(async () => (res = await client.get(history)))
    expect(res.status).toBe(200)
    expect(rowsOf(res.text)).toEqual(Array.from({ length: 25 }, (_, index) => SAVES - index))
    expect(res.text).toContain(`href="${history}?page=2"`)
    expect(res.text).toContain(`href="${history}?page=3"`)
    expect(res.text).toMatch(/rel="next"/)
    expect(res.text).not.toMatch(/rel="prev"/)
    // The reads follow the page, not the store: one lookup by _id per row shown.
    expect(queries).toHaveLength(25)
    for (const query of queries) {
      expect(query.method).toBe('findOne')
      expect(Object.keys(query.filter as object)).toEqual(['_id'])
    }
  })

  it('shows the oldest saves on the last page, with a comparison that reaches across a page boundary', async () => {
    const last = await client.get(`${history}?page=3`)
    expect(last.status).toBe(200)
    expect(last.text).toContain('<title>History (page 3 of 3)')
    expect(rowsOf(last.text)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    expect(last.text).toMatch(/rel="prev"/)
    expect(last.text).not.toMatch(/rel="next"/)
    expect(last.text).not.toContain('See changes<span class="govuk-visually-hidden"> in version 1<')

    const middle = await client.get(`${history}?page=2`)
    expect(rowsOf(middle.text)).toEqual(Array.from({ length: 25 }, (_, index) => 35 - index))
    // Version 11 is the last row of page 2; the one before it is on page 3.
    const href = /href="([^"]+)">See changes<span class="govuk-visually-hidden"> in version 11</.exec(middle.text)
    expect(href?.[1]).toBe(`${history}/compare?from=10&amp;to=11`)
    const compare = await client.get(`${history}/compare?from=10&to=11`)
    expect(compare.status).toBe(200)
    expect(compare.text).toContain('Lesson <del class="app-diff-removed">10</del><ins class="app-diff-added">11</ins>')
  })

  it('has no page past the last, nor one that is not a number', async () => {
    expect((await client.get(`${history}?page=4`)).status).toBe(404)
    expect((await client.get(`${history}?page=0`)).status).toBe(404)
    expect((await client.get(`${history}?page=two`)).status).toBe(404)
  })
})
