import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { THEMES } from '../../models/vocabulary'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { formClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  // Enough in one theme for a second page.
  for (let n = 0; n < 21; n++)
    await createPublishedCaseStudy({
      themes: ['digital'],
      title: `Digital programme ${n}`,
      publishedAt: new Date(Date.UTC(2026, 0, 1 + n)),
    })
  await services.searchIndex.ready()
  app = createTestApp(services)
})

const visitor = () => formClient(app)
const withTheme = (theme: string) =>
  CaseStudy.find({ published: { $ne: null }, archivedAt: null, 'published.content.themes': theme })
    .sort({ 'published.firstPublishedAt': -1 })
    .lean<CaseStudyRecord[]>()
const plural = (count: number) => `${count} ${count === 1 ? 'case study' : 'case studies'}`

describe('browse by theme', () => {
  it('lists every theme with its description and the number of published case studies in it', async () => {
    const res = await visitor().get('/themes').expect(200)
    expect(res.text).toContain('<h1 class="govuk-heading-xl">Browse by theme</h1>')
    const items = [
      ...res.text.matchAll(/<h2 class="govuk-heading-s[^"]*"><a class="govuk-link" href="\/themes\/([a-z-]+)">/g),
    ]
    expect(items.map(match => match[1])).toEqual(Object.keys(THEMES))
    for (const [key, theme] of Object.entries(THEMES)) {
      const count = (await withTheme(key)).length
      expect(res.text).toMatch(
        new RegExp(
          `href="/themes/${key}">[^<]+</a></h2>\\s*<p[^>]*data-count>${plural(count)}</p>\\s*<p[^>]*>${theme.description.replace(/[()]/g, '\\$&').replace(/'/g, '&#39;')}`,
        ),
      )
    }
  })

  it('shows a theme’s description, count and case studies newest first, with a way into search', async () => {
    const housing = await withTheme('housing')
    const res = await visitor().get('/themes/housing').expect(200)
    expect(res.text).toContain('<h1 class="govuk-heading-xl">Housing and homelessness</h1>')
    expect(res.text).toContain(THEMES.housing.description)
    expect(res.text).toContain(`id="theme-count">${plural(housing.length)} published.`)
    expect(res.text).toContain('href="/case-studies?theme=housing"')
    const listed = [
      ...res.text.matchAll(/<h3 class="govuk-heading-m[^"]*"><a class="govuk-link" href="\/case-studies\/([^"]+)">/g),
    ]
    // Newest first (case studies published at the same moment may come in either order), 20 a page.
    const slugs = listed.map(match => match[1]!)
    expect(slugs).toHaveLength(Math.min(20, housing.length))
    const times = slugs.map(slug =>
      housing.find(caseStudy => caseStudy.slug === slug)!.published!.firstPublishedAt.getTime(),
    )
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('pages a theme with more than 20 case studies', async () => {
    const digital = await withTheme('digital')
    const first = await visitor().get('/themes/digital').expect(200)
    expect(first.text).toContain('href="/themes/digital?page=2"')
    const second = await visitor().get('/themes/digital?page=2').expect(200)
    const listed = [
      ...second.text.matchAll(
        /<h3 class="govuk-heading-m[^"]*"><a class="govuk-link" href="\/case-studies\/([^"]+)">/g,
      ),
    ]
    expect(listed.map(match => match[1])).toEqual(digital.slice(20, 40).map(caseStudy => caseStudy.slug))
  })

  it('answers 404 for unknown themes and for pages past the last', async () => {
    await visitor().get('/themes/no-such-theme').expect(404)
    await visitor().get('/themes/%3Cscript%3E').expect(404)
    await visitor().get('/themes/housing?page=999').expect(404)
    await visitor().get('/themes/housing?page=%00').expect(200)
    await visitor().get('/themes/__proto__').expect(404)
  })

  it('a theme with no case studies says so', async () => {
    await CaseStudy.updateMany({ 'published.content.themes': 'workforce' }, { $set: { archivedAt: new Date() } })
    await services.searchIndex.reindex()
    const res = await visitor().get('/themes/workforce').expect(200)
    expect(res.text).toContain('No case study has this theme yet.')
    expect(res.text).toContain('id="theme-count">0 case studies published.')
  })
})

describe('the home page', () => {
  it('has a search box that searches case studies, and browses by theme with counts', async () => {
    const res = await visitor().get('/').expect(200)
    expect(res.text).toMatch(
      /<form method="get" action="\/case-studies" role="search"[^>]*>[\s\S]*?<input [^>]*id="q" name="q" type="search"/,
    )
    const adultCare = (await withTheme('adult-social-care')).length
    expect(res.text).toContain(
      `<a class="govuk-link" href="/themes/adult-social-care">Adult social care</a> <span class="govuk-body-s app-secondary-text">(${adultCare}<span class="govuk-visually-hidden"> case studies</span>)</span>`,
    )
    expect(res.text).toContain('href="/councils">Find a council</a>')
  })
})
