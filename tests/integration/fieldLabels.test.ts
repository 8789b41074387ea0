import { CaseStudy } from '../../models/CaseStudy'
import { FIELD_LABELS, SECTIONS, SECTION_TITLES, fieldLabel } from '../../models/vocabulary'
import { CASE_STUDY_COLUMNS } from '../../server/services/exchange/caseStudyColumns'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

// Every page that names a case study's fields names each one the same way, as the vocabulary
// (models/vocabulary/fieldLabels.ts) does: the public page, check your answers, the public
// version history's diff, and the codebook page and its JSON.

useTestDatabase()

const services = testServices()
let publisher: FormClient
let visitor: FormClient
let taskList: string
let slug: string

const key = (label: string) => `<dt class="govuk-summary-list__key">${label}</dt>`
const heading = (label: string) => `<h2 class="govuk-heading-l">${label}</h2>`

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  const app = createTestApp(services)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  const curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  visitor = formClient(app)
  const published = await publishCaseStudy(publisher, curator, {
    'costs-and-savings': { costsAndSavings: 'It cost £40,000 and saved twice that.' },
  })
  taskList = published.taskList
  slug = (await CaseStudy.findById(published.id).lean())!.slug
  // A draft edit, so the task list has answers to check.
  await publisher.submit(`${taskList}/sections/lessons`, {
    ...VALID_SECTION_FIELDS.lessons,
    lessons: 'Talk to the people who will use it first.',
    action: 'save',
  })
}, 180_000)

describe('field labels', () => {
  it('head the public page’s parts and its summary rows', async () => {
    const page = await visitor.get(`/case-studies/${slug}`)
    expect(page.status).toBe(200)
    for (const field of ['problem', 'whatTheyDid', 'context', 'barriers', 'enablers', 'resources'] as const)
      expect(page.text).toContain(heading(FIELD_LABELS[field]))
    for (const field of ['costsAndSavings', 'lessons', 'contacts'] as const)
      expect(page.text).toContain(heading(FIELD_LABELS[field]))
    expect(page.text).toContain(heading(SECTION_TITLES['outcomes-and-evidence']!))
    for (const field of ['stage', 'themes', 'evidenceLevel', 'licence', 'resources.budgetBand', 'resources.staffTime'])
      expect(page.text).toContain(key(fieldLabel(field)))
  })

  it('name every row of check your answers', async () => {
    const page = await publisher.get(`${taskList}/check-answers`)
    expect(page.status).toBe(200)
    for (const field of SECTIONS.flatMap(section => section.fields))
      expect(page.text).toContain(key(fieldLabel(field.name)))
  })

  it('name every changed field in the public version history', async () => {
    const page = await visitor.get(`/case-studies/${slug}/versions/1`)
    expect(page.status).toBe(200)
    const shown = [...page.text.matchAll(/<dt class="govuk-summary-list__key">([^<]+)<\/dt>/g)].map(match => match[1])
    const expected = Object.keys(FIELD_LABELS)
      .filter(name => !name.includes('.') && !['contacts', 'files', 'adaptedFrom', 'endDate'].includes(name))
      .map(fieldLabel)
    expect(shown).toEqual(expect.arrayContaining(expected))
  })

  it('title every content column of the codebook, on its page and in its JSON', async () => {
    const content = CASE_STUDY_COLUMNS.filter(column => column.field)
    const page = await visitor.get('/case-studies/export/codebook')
    for (const column of content)
      expect(page.text).toMatch(
        new RegExp(
          `<code>${column.name}</code></th>\\s*<td class="govuk-table__cell">${fieldLabel(column.field!)}</td>`,
        ),
      )
    const json = (await visitor.get('/case-studies/export/codebook.json')).body as {
      schema: { fields: { name: string; title?: string }[] }
    }
    const titles = Object.fromEntries(json.schema.fields.map(field => [field.name, field.title]))
    for (const column of content) expect(titles[column.name]).toBe(fieldLabel(column.field!))
  })
})
