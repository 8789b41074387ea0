import { CaseStudy } from '../../models/CaseStudy'
import type { CaseStudyContent } from '../../models/vocabulary'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { insertPublishedCaseStudy, storedContent } from '../factories/storedCaseStudy'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let publisher: FormClient
let curator: FormClient
/** A complete case study's content, published through the forms, to copy into stored records. */
let complete: CaseStudyContent

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/'
const CHOOSE_OPEN =
  'Select an open licence for this case study: Open Government Licence v3.0 or Creative Commons Attribution 4.0 (CC BY 4.0)'

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
  const { id } = await publishCaseStudy(publisher, curator, {
    'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title: 'An openly licensed programme' },
  })
  complete = await storedContent(id)
})

/** A published case study from before only open licences were offered. */
function closedContent(title: string): CaseStudyContent {
  return {
    ...structuredClone(complete),
    title,
    licence: 'all-rights-reserved',
    documents: [{ title: 'Tender template', url: 'https://example.org/tender', licence: 'CC-BY-SA-4.0' }],
  }
}

const radioValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`name="${name}" type="radio" value="([^"]*)"`, 'g'))].map(match => match[1])
const optionValues = (html: string, id: string) =>
  [...(new RegExp(`<select[^>]*id="${id}"[\\s\\S]*?</select>`).exec(html)?.[0] ?? '').matchAll(/value="([^"]*)"/g)].map(
    match => match[1],
  )
const errorSummary = (html: string) =>
  [
    ...(/govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(
      /<a href="([^"]+)">([^<]+)<\/a>/g,
    ),
  ].map(match => ({ href: match[1], text: match[2]!.replace(/&#34;/g, '"') }))

describe('licences', () => {
  it('offers only the Open Government Licence (the default) and CC BY 4.0, for case studies and documents', async () => {
    const started = await publisher.submit('/publish/case-studies/new', { title: 'Licence choices' })
    const taskList = started.headers.location as string
    const licence = await publisher.get(`${taskList}/sections/licence`)
    expect(radioValues(licence.text, 'licence')).toEqual(['OGL-3.0', 'CC-BY-4.0'])
    expect(licence.text).toMatch(/value="OGL-3\.0" checked/)
    const documents = await publisher.get(`${taskList}/sections/documents`)
    expect(optionValues(documents.text, 'documents-0-licence')).toEqual(['', 'OGL-3.0', 'CC-BY-4.0'])

    const closed = await publisher.submit(`${taskList}/sections/licence`, {
      licence: 'all-rights-reserved',
      action: 'save',
    })
    expect(closed.status).toBe(400)
    expect(errorSummary(closed.text).map(error => error.text)).toEqual([
      'Select a valid option for under what licence can others reuse this case study?',
    ])
    const stored = await CaseStudy.findById(taskList.split('/').pop()).lean()
    expect(stored?.draft?.content.licence).toBe('OGL-3.0')
  })

  it('a case study page says which licence applies, with a link to it, and the footer no longer claims everything is OGL', async () => {
    const page = await formClient(app).get('/case-studies/an-openly-licensed-programme-leeds')
    expect(page.status).toBe(200)
    expect(page.text).toContain(
      `<dd class="govuk-summary-list__value" id="licence-summary"><a class="govuk-link" href="${OGL_URL}" rel="license">Open Government Licence v3.0</a></dd>`,
    )
    expect(page.text).toMatch(
      /Social value policy<\/a> <span class="govuk-body-s">\(<a class="govuk-link" href="[^"]+" rel="license">Open Government Licence v3\.0<\/a>\)/,
    )
    expect(page.text).toContain('The service’s own text is available under the')
    expect(page.text).toContain('Each case study says which licence applies to it and to its documents.')
    expect(page.text).not.toContain('All content is available under')
  })

  it('a record stored with "all rights reserved" still shows, and is listed for curators with a link to fix it', async () => {
    const { id, slug } = await insertPublishedCaseStudy({ content: closedContent('A closed programme') })

    const page = await formClient(app).get(`/case-studies/${slug}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain('<h1 class="govuk-heading-xl">A closed programme</h1>')
    expect(page.text).toContain('id="licence-summary">All rights reserved (ask before reusing)</dd>')
    expect(page.text).toContain('Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)</a>')

    const list = await curator.get('/admin/licences')
    expect(list.status).toBe(200)
    expect(list.text).toContain('<a class="govuk-service-navigation__link" href="/admin/licences"')
    const row = new RegExp(
      `<tr class="govuk-table__row">\\s*<td[^>]*><a class="govuk-link" href="/case-studies/${slug}">A closed programme</a>[\\s\\S]*?</tr>`,
    ).exec(list.text)?.[0]
    expect(row).toBeDefined()
    expect(row).toContain('<li>Case study: All rights reserved (ask before reusing)</li>')
    expect(row).toContain(
      '<li>Document “Tender template”: Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)</li>',
    )
    expect(row).toContain(`href="/publish/case-studies/${id}/sections/licence">Choose an open licence`)
    expect(list.text).not.toContain('An openly licensed programme')

    expect((await publisher.get('/admin/licences')).status).toBe(403)
    expect((await formClient(app).get('/admin/licences')).headers.location).toBe('/sign-in')
  })

  it('such a case study cannot be saved with its old licence, nor submitted until it and its documents are open', async () => {
    const { id, slug } = await insertPublishedCaseStudy({ content: closedContent('Closed, then opened') })
    const taskList = `/publish/case-studies/${id}`

    // The form shows no licence chosen; saving it without choosing one says what to do.
    const form = await publisher.get(`${taskList}/sections/licence`)
    expect(form.text).not.toMatch(/name="licence" type="radio" value="[^"]*" checked/)
    const unchosen = await publisher.submit(`${taskList}/sections/licence`, { action: 'save' })
    expect(unchosen.status).toBe(400)
    expect(errorSummary(unchosen.text)).toEqual([{ href: '#licence', text: CHOOSE_OPEN }])
    expect((await CaseStudy.findById(id).lean())?.draft).toBeNull()

    // Other sections save; submitting lists both licences to change, each linking to its section.
    await publisher.submit(`${taskList}/sections/lessons`, { lessons: 'Start small.', action: 'save' })
    const refused = await publisher.submit(`${taskList}/check-answers`, {})
    expect(refused.status).toBe(400)
    expect(errorSummary(refused.text)).toEqual([
      {
        href: `${taskList}/sections/documents`,
        text: 'Select an open licence for document 1, “Tender template”: Open Government Licence v3.0 or Creative Commons Attribution 4.0 (CC BY 4.0)',
      },
      { href: `${taskList}/sections/licence`, text: CHOOSE_OPEN },
    ])
    expect((await CaseStudy.findById(id).lean())?.draft?.reviewState).toBe('editing')

    await publisher.submit(`${taskList}/sections/licence`, { licence: 'CC-BY-4.0', action: 'save' })
    await publisher.submit(`${taskList}/sections/documents`, {
      'documents-0-title': 'Tender template',
      'documents-0-url': 'https://example.org/tender',
      'documents-0-licence': 'OGL-3.0',
      action: 'save',
    })
    expect((await publisher.submit(`${taskList}/check-answers`, {})).status).toBe(302)
    // Until a curator publishes the change, the published version keeps its old licence.
    expect((await curator.get('/admin/licences')).text).toContain(
      'Open licences are chosen in the changes; the published version keeps its old one until they are published',
    )
    await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)
    expect((await curator.get('/admin/licences')).text).not.toContain('Closed, then opened')
    const published = await formClient(app).get(`/case-studies/${slug}`)
    expect(published.text).toContain('rel="license">Creative Commons Attribution 4.0 (CC BY 4.0)</a></dd>')
  })

  it('a curator cannot publish a submitted change that still carries a closed licence', async () => {
    const content = closedContent('Submitted before the rule')
    const { id } = await insertPublishedCaseStudy({
      content: { ...content, licence: 'OGL-3.0' },
      draft: { content: { ...content, documents: [] }, reviewState: 'submitted' },
    })
    const refused = await curator.submit(`/review/${id}`, { decision: 'publish' }, `/review/${id}/decision`)
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('<title>Error: Review: Submitted before the rule – Practice Exchange</title>')
    expect(errorSummary(refused.text)).toEqual([
      { href: `/publish/case-studies/${id}/sections/licence`, text: CHOOSE_OPEN },
    ])
    const stored = await CaseStudy.findById(id).lean()
    expect(stored?.published?.content.licence).toBe('OGL-3.0')
    expect(stored?.draft?.reviewState).toBe('submitted')
  })
})
