import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { formClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
const LEEDS = { code: 'E08000035', slug: 'leeds-city-council' }
let original: { slug: string; id: string }
let adapted: { slug: string; id: string }

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  original = await createPublishedCaseStudy({ title: 'Original programme', councilCode: 'E06000052' })
  adapted = await createPublishedCaseStudy({
    title: 'Our adapted programme',
    councilCode: 'E07000223',
    adaptedFromId: original.id,
  })
  await services.searchIndex.ready()
  app = createTestApp(services)
})

const visitor = () => formClient(app)
const countOn = (html: string) => /id="result-count">([^<]*)</.exec(html)?.[1]
const councilNames = (html: string) =>
  [...(/id="council-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map(m => m[1])
const published = (filter: Record<string, unknown> = {}) =>
  CaseStudy.find({ published: { $ne: null }, archivedAt: null, ...filter }).lean<CaseStudyRecord[]>()

describe('the councils index', () => {
  it('lists every council by name, 25 a page, each linking to its page', async () => {
    const res = await visitor().get('/councils').expect(200)
    expect(res.text).toContain('<h1 class="govuk-heading-l">Councils</h1>')
    expect(countOn(res.text)).toBe('398 councils')
    const names = councilNames(res.text)
    expect(names).toHaveLength(25)
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!, 'en-GB')))
    expect(res.text).toContain('href="/councils/aberdeen-city-council"')
    expect(res.text).toContain('href="/councils?page=2"')
  })

  it('finds councils by any part of the name, ignoring case and punctuation', async () => {
    const res = await visitor().get('/councils?q=st.+HELENS').expect(200)
    expect(councilNames(res.text)).toEqual(['St Helens Council'])
    expect(res.text).toContain('value="st. HELENS"')
    expect(councilNames((await visitor().get('/councils?q=leeds+council')).text)).toEqual(['Leeds City Council'])
  })

  it('filters by nation, region and type, keeping every choice in the page links', async () => {
    const wales = await visitor().get('/councils?nation=Wales').expect(200)
    expect(countOn(wales.text)).toBe('22 councils')
    expect(wales.text).toContain('value="Wales" checked')
    const london = await visitor().get('/councils?type=london-borough&region=London&page=2').expect(200)
    expect(countOn(london.text)).toBe('32 councils')
    expect(councilNames(london.text)).toHaveLength(7)
    expect(london.text).toContain('href="/councils?region=London&amp;type=london-borough"')
    const none = await visitor().get('/councils?q=leeds&nation=Scotland').expect(200)
    expect(countOn(none.text)).toBe('0 councils')
    expect(none.text).toContain('id="no-results"')
  })

  it('survives hostile query strings: long, control characters, unknown values, bad pages', async () => {
    const long = await visitor()
      .get(`/councils?q=${'a'.repeat(10_000)}`)
      .expect(200)
    expect(long.text).toContain(`value="${'a'.repeat(100)}"`)
    expect(long.text).not.toContain('a'.repeat(101))
    const control = await visitor().get('/councils?q=le%00e%1Bds').expect(200)
    expect(councilNames(control.text)).toEqual(['Leeds City Council'])
    const unknown = await visitor()
      .get('/councils?nation=Atlantis&type=%3Cscript%3E&region=%3Cb%3E&page=abc')
      .expect(200)
    expect(countOn(unknown.text)).toBe('398 councils')
    expect(unknown.text).toContain('Some nation filters were not recognised and were left out')
    expect(unknown.text).toContain('Some council type filters were not recognised and were left out')
    expect(unknown.text).toContain('Some region filters were not recognised and were left out')
    expect(unknown.text).toContain('That page number was not recognised')
    expect(unknown.text).not.toContain('<script>')
    const past = await visitor().get('/councils?page=99').expect(200)
    expect(past.text).toContain('id="beyond-last-page"')
    const repeated = await visitor().get('/councils?q=leeds&q=york').expect(200)
    expect(councilNames(repeated.text)).toEqual(['Leeds City Council'])
  })
})

describe('a council page', () => {
  it('shows the profile with each source and year, and its statistical neighbours', async () => {
    const res = await visitor().get(`/councils/${LEEDS.slug}`).expect(200)
    expect(res.text).toContain('<h1 class="govuk-heading-xl">Leeds City Council</h1>')
    expect(res.text).toContain('<title>Leeds City Council – Practice Exchange</title>')
    const profile = /id="council-profile">([\s\S]*?)<\/dl>/.exec(res.text)![1]!.replace(/\s+/g, ' ')
    expect(profile).toContain('Metropolitan district')
    expect(profile).toContain('Yorkshire and The Humber')
    expect(profile).toContain('798,786')
    expect(profile).toContain('Office for National Statistics, mid-2020 population estimate')
    // IoD 2025: Leeds ranks 86th most deprived of the 296 ranked councils, so in the third tenth.
    expect(profile).toContain('Decile 3 of 10, where decile 1 is the most deprived (ranked 86 of 296)')
    expect(profile).toContain('English Indices of Deprivation 2025')
    expect(profile).toContain('Urban')
    expect(profile).toContain('UK composite rural-urban classification (2025)')
    expect(profile).toContain('UK local authority names and codes (2025)')
    const neighbours = /id="council-neighbours">([\s\S]*?)<\/ol>/.exec(res.text)![1]!
    expect(neighbours.match(/<li>/g)).toHaveLength(20)
    expect(neighbours).toMatch(
      /^\s*<li><a class="govuk-link" href="\/councils\/glasgow-city-council">Glasgow City Council<\/a>/,
    )
  })

  it('says why a council outside England has no deprivation decile', async () => {
    const res = await visitor().get('/councils/city-of-cardiff-council').expect(200)
    expect(res.text).toContain('Not available: ranked only for English district and unitary councils')
  })

  it('lists the council’s published case studies newest first, what it adapted, and its neighbours’ case studies', async () => {
    const ownAll = await published({ leadCouncilCode: LEEDS.code })
    const res = await visitor().get(`/councils/${LEEDS.slug}`).expect(200)
    const count = ownAll.length
    expect(res.text).toContain(`${count} ${count === 1 ? 'case study' : 'case studies'} from Leeds City Council`)
    const newest = ownAll.sort(
      (a, b) => b.published!.firstPublishedAt.getTime() - a.published!.firstPublishedAt.getTime(),
    )
    expect(res.text).toContain(`href="/case-studies/${newest[0]!.slug}"`)

    const adapted = ownAll.filter(caseStudy => caseStudy.published!.content.adaptedFrom.caseStudyId)
    const adaptations = /id="council-adaptations">([\s\S]*?)<\/ul>/.exec(res.text)?.[1] ?? ''
    expect(adaptations.match(/<li>/g) ?? []).toHaveLength(adapted.length)
    for (const caseStudy of adapted) {
      const original = await CaseStudy.findById(
        caseStudy.published!.content.adaptedFrom.caseStudyId,
      ).lean<CaseStudyRecord>()
      expect(adaptations).toContain(`href="/case-studies/${original!.slug}"`)
    }

    const leeds = await services.councils.findByGssCode(LEEDS.code)
    const fromNeighbours = await published({ leadCouncilCode: { $in: leeds!.neighbours.global } })
    if (fromNeighbours.length) {
      expect(res.text).toContain(
        `The newest of ${fromNeighbours.length} ${fromNeighbours.length === 1 ? 'case study' : 'case studies'} from its statistical neighbours.`,
      )
      expect(res.text).toContain('href="/case-studies?like=leeds-city-council&amp;likeMode=filter&amp;sort=newest"')
    }
  })

  it('shows an adaptation with its original and the original’s council, both linked', async () => {
    const page = await visitor().get('/councils/adur-district-council').expect(200)
    expect(page.text).toMatch(
      /Our adapted programme<\/a>, adapted from <a class="govuk-link" href="\/case-studies\/original-programme-[0-9a-f]+">Original programme<\/a> \(<a class="govuk-link" href="\/councils\/cornwall-council">Cornwall Council<\/a>\)/,
    )
  })

  it('answers 404 for an unknown council or a page past the last, and keeps the members page', async () => {
    await visitor().get('/councils/no-such-council').expect(404)
    await visitor().get('/councils/%3Cscript%3E').expect(404)
    await visitor().get(`/councils/${LEEDS.slug}?page=999`).expect(404)
    await visitor().get(`/councils/${LEEDS.slug}?page=abc`).expect(200)
    const members = await visitor().get(`/councils/${LEEDS.slug}/members`)
    expect(members.status).toBe(302)
    expect(members.headers.location).toBe('/sign-in')
  })
})

describe('council names and themes link to their pages', () => {
  it('in what a case study was adapted from and by', async () => {
    const from = await visitor().get(`/case-studies/${adapted.slug}`).expect(200)
    expect(from.text).toMatch(
      /id="adapted-from">[\s\S]*?Original programme<\/a> \(<a class="govuk-link" href="\/councils\/cornwall-council">Cornwall Council<\/a>\)/,
    )
    const by = await visitor().get(`/case-studies/${original.slug}`).expect(200)
    expect(by.text).toMatch(
      /id="adapted-by">[\s\S]*?Our adapted programme<\/a> \(<a class="govuk-link" href="\/councils\/adur-district-council">Adur District Council<\/a>\)/,
    )
  })

  it('on a case study page, in search results and in similar case studies', async () => {
    const [caseStudy] = await published({ leadCouncilCode: LEEDS.code })
    const page = await visitor().get(`/case-studies/${caseStudy!.slug}`).expect(200)
    expect(page.text).toContain(
      '<span class="govuk-caption-l"><a class="govuk-link" href="/councils/leeds-city-council">Leeds City Council</a></span>',
    )
    const theme = caseStudy!.published!.content.themes[0]!
    expect(page.text).toMatch(new RegExp(`id="case-study-themes"><a class="govuk-link" href="/themes/${theme}">`))
    expect(page.text).toMatch(
      /id="similar-case-studies">[\s\S]*?<span class="govuk-body-s"><a class="govuk-link" href="\/councils\/[a-z-]+">/,
    )

    const search = await visitor().get('/case-studies?q=leeds').expect(200)
    expect(search.text).toContain(
      'app-results__council"><a class="govuk-link" href="/councils/leeds-city-council">Leeds City Council</a>',
    )
    expect(search.text).toMatch(/<dt>Themes:<\/dt> <dd><a class="govuk-link" href="\/themes\/[a-z-]+">/)
  })
})
