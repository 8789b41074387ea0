import { ZeroResultSearch } from '../../models/ZeroResultSearch'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { formClient, signedInClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  await services.searchIndex.ready()
  app = createTestApp(services)
})

const visitor = () => formClient(app)
const countOn = (html: string) => /id="result-count"[^>]*>([^<]*)</.exec(html)?.[1]
const resultTitles = (html: string) =>
  [...html.matchAll(/<h3 class="govuk-heading-m[^"]*"><a class="govuk-link" href="[^"]+">([\s\S]*?)<\/a><\/h3>/g)].map(
    match => match[1]!.replace(/<[^>]+>/g, ''),
  )

describe('the search page', () => {
  it('lists every published case study, newest first, with its count and pages', async () => {
    const published = await CaseStudy.countDocuments({ published: { $ne: null }, archivedAt: null })
    const res = await visitor().get('/case-studies')
    expect(res.status).toBe(200)
    expect(countOn(res.text)).toBe(`${published} case studies`)
    expect(resultTitles(res.text)).toHaveLength(20)
    expect(res.text).toContain('aria-label="Page 2"')
  })

  it('keeps the query and the other filters in every facet and tag link, and the page in the URL', async () => {
    const res = await visitor().get('/case-studies?q=housing&theme=housing&stage=live&sort=newest')
    expect(res.status).toBe(200)
    expect(res.text).toContain('value="housing" checked')
    expect(res.text).toMatch(
      /<a class="app-filter-tag" href="\/case-studies\?q=housing&amp;stage=live&amp;sort=newest">/,
    )
    expect(res.text).toMatch(
      /<a class="app-filter-tag" href="\/case-studies\?q=housing&amp;theme=housing&amp;sort=newest">/,
    )
  })

  it('marks the matched words in titles and snippets, escaped', async () => {
    const res = await visitor().get('/case-studies?q=licensing')
    expect(res.text).toContain('<mark class="app-highlight">licensing</mark>')
  })

  it('shows a close spelling’s results when nothing matched, with the words as typed a click away, and records the search', async () => {
    // Three typos from "licensing": more than search forgives, within what suggestions look at.
    const res = await visitor().get('/case-studies?q=lysencing')
    expect(countOn(res.text)).not.toBe('0 case studies')
    expect(res.text).toMatch(
      /id="corrected-search">Nothing matched <strong>lysencing<\/strong>, so these are the results for <strong>licensing<\/strong>/,
    )
    expect(res.text).toContain('href="/case-studies?q=lysencing&amp;asTyped=1">Search instead for lysencing</a>')
    expect(res.text).toContain('<mark class="app-highlight">licensing</mark>')
    // As typed: nothing, and the suggestion as a link.
    const asTyped = await visitor().get('/case-studies?q=lysencing&asTyped=1')
    expect(countOn(asTyped.text)).toBe('0 case studies')
    expect(asTyped.text).toMatch(/Did you mean <a class="govuk-link" href="\/case-studies\?q=licensing">licensing<\/a>/)
    const recorded = await ZeroResultSearch.findById('lysencing').lean()
    expect(recorded?.count).toBe(2)

    const { client: curator } = await signedInClient(app, { role: 'networkAdmin' })
    const admin = await curator.get('/admin/search')
    expect(admin.status).toBe(200)
    expect(admin.text).toMatch(/id="zero-result-searches"[\s\S]*lysencing[\s\S]*?>2</)
    expect((await visitor().get('/admin/search')).status).toBe(302)
    const { client: officer } = await signedInClient(app, { role: 'officer' })
    expect((await officer.get('/admin/search')).status).toBe(403)
  })

  it('keeps what the other words found and offers a close spelling for a word no case study holds', async () => {
    const correct = await visitor().get('/case-studies?q=licensing+landlords')
    expect(correct.text).not.toContain('id="did-you-mean"')
    // "lysencing" is three typos from "licensing", more than search forgives; "landlrods" is within
    // them, and finds case studies by itself. The suggestion mends both.
    const landlords = countOn((await visitor().get('/case-studies?q=landlrods')).text)
    expect(landlords).not.toBe('0 case studies')
    const res = await visitor().get('/case-studies?q=lysencing+landlrods')
    expect(countOn(res.text)).toBe(landlords)
    expect(res.text).toMatch(
      /id="did-you-mean">Did you mean <a class="govuk-link" href="\/case-studies\?q=licensing\+landlords">licensing landlords<\/a>\?/,
    )
    expect(res.text).not.toContain('id="corrected-search"')
    // The API says the same, without replacing the results.
    const api = await visitor().get('/api/v1/case-studies?q=lysencing+landlrods')
    expect(api.body).toMatchObject({ suggestion: 'licensing landlords', correctedFrom: null })
  })

  it('mends only misspellings, keeps a long question whole and its quoted phrases quoted', async () => {
    const suggestionFor = async (q: string) =>
      (await visitor().get(`/api/v1/case-studies?q=${encodeURIComponent(q)}`)).body as {
        total: number
        suggestion: string | null
      }
    // Words the catalogue lacks that search would never correct (short, or with digits) are not
    // misspellings: no guess such as "use" for "ulez".
    expect((await suggestionFor('ulez')).total).toBe(0)
    expect((await suggestionFor('2031')).total).toBe(0)
    expect(await suggestionFor('landlords ulez 2031')).toMatchObject({ suggestion: null })
    const long =
      'what have other councils in england and wales done so far about the problem of lysencing private landlords'
    expect(long.split(' ').length).toBeGreaterThan(16)
    expect((await suggestionFor(long)).suggestion).toBe(long.replace('lysencing', 'licensing'))
    expect((await suggestionFor('"private rented" lysencing')).suggestion).toBe('"private rented" licensing')
  })

  it('shows councils like the chosen one first, or only theirs', async () => {
    const all = await visitor().get('/case-studies')
    const filtered = await visitor().get('/case-studies?like=leeds-city-council&likeMode=filter')
    const boosted = await visitor().get('/case-studies?like=leeds-city-council&likeMode=boost')
    expect(filtered.text).toContain('Councils like Leeds City Council:')
    const only = Number(countOn(filtered.text)?.split(' ')[0])
    expect(only).toBeGreaterThan(0)
    expect(only).toBeLessThan(Number(countOn(all.text)?.split(' ')[0]))
    expect(countOn(boosted.text)).toBe(countOn(all.text))
    // Boosted: the first results are exactly the filtered ones (up to a page).
    expect(resultTitles(boosted.text).slice(0, Math.min(only, 20))).toEqual(resultTitles(filtered.text).slice(0, 20))
  })

  it('lists five similar case studies on a case study page', async () => {
    const [first] = await CaseStudy.find({ published: { $ne: null } })
      .limit(1)
      .lean<CaseStudyRecord[]>()
    const res = await visitor().get(`/case-studies/${first!.slug}`)
    const similar = /id="similar-case-studies">([\s\S]*?)<\/ul>/.exec(res.text)?.[1] ?? ''
    expect(similar.match(/<li/g)).toHaveLength(5)
    expect(similar).not.toContain(`/case-studies/${first!.slug}"`)
  })

  it('never shows a visitor a signed-in officer’s page, nor an officer a visitor’s, however often it is asked', async () => {
    const address = '/case-studies?q=housing&sort=updated'
    const { client: officer } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const first = await visitor().get(address)
    const officers = await officer.get(address)
    const again = await visitor().get(address)
    expect(officers.text).toContain('Sign out')
    expect(first.text).not.toContain('Sign out')
    expect(again.text).toBe(first.text)
    expect((await officer.get(address)).text).toContain('Sign out')
  })

  it('records a corrected search each time a visitor makes it, even when its page was shown before', async () => {
    const before = (await ZeroResultSearch.findById('lysencing').lean())?.count ?? 0
    for (let visit = 0; visit < 2; visit++) {
      const res = await visitor().get('/case-studies?q=lysencing&sort=newest')
      expect(res.text).toContain('id="corrected-search"')
    }
    expect((await ZeroResultSearch.findById('lysencing').lean())?.count).toBe(before + 2)
  })
})

describe('hostile searches', () => {
  const hostile = [
    ['a 10 KB query', `q=${'housing '.repeat(1_300)}`],
    ['engine syntax', `q=${encodeURIComponent('"housing" NEAR(care, 2) OR * -council (title:x) AND ^ {} [] \\ \' ;')}`],
    ['an unterminated quote', `q=${encodeURIComponent('"hospital discharge')}`],
    ['unknown facet names and values', 'colour=red&theme=not-a-theme&theme[$ne]=x&stage=live&yearPublished=1999;drop'],
    ['page 10^9', 'page=1000000000'],
    ['a page past the end', 'page=999999'],
    ['nonsense numbers', 'page=-1&sort=sideways&likeMode=everything&likeBy=planet'],
    ['an unknown council', 'like=atlantis&likeMode=filter'],
    ['repeated single fields', 'q=a&q=b&sort=newest&sort=adapted'],
    ['control characters', `q=${encodeURIComponent('hous\u0000ing\u202e')}`],
  ]
  it.each(hostile)('answers %s with a page, not an error', async (_name, query) => {
    const res = await visitor().get(`/case-studies?${query}`)
    expect(res.status).toBe(200)
    expect(countOn(res.text)).toMatch(/^[\d,]+ case stud(y|ies)$/)
  })

  it('explains a page past the end and links to the last one', async () => {
    const res = await visitor().get('/case-studies?page=999999')
    expect(res.text).toMatch(/There are only \d+ pages of results/)
  })

  it('says which filters and words it left out', async () => {
    const res = await visitor().get(`/case-studies?theme=not-a-theme&q=${'housing '.repeat(1_300)}`)
    expect(res.text).toContain('Some theme filters were not recognised and were left out')
    expect(res.text).toContain('Your search was long, so only its first words were used')
  })
})

describe('synonyms', () => {
  it('lets network admins edit synonyms, reports bad lines by number, and applies them to the next search', async () => {
    const { client: curator } = await signedInClient(app, { role: 'networkAdmin' })
    const before = await visitor().get('/case-studies?q=zorblax')
    expect(countOn(before.text)).toBe('0 case studies')

    const form = await curator.get('/admin/search/synonyms')
    expect(form.text).toContain('SEND, special educational needs and disabilities')
    const bad = await curator.submit('/admin/search/synonyms', {
      synonyms: 'SEND, special educational needs\nlonely\n, ,',
    })
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('Line 2: enter at least 2 terms separated by commas')
    expect(bad.text).toContain('Line 3: enter at least 2 terms separated by commas')
    expect(bad.text).toContain('<title>Error:')

    const saved = await curator.submit('/admin/search/synonyms', {
      synonyms: 'zorblax, licensing\nSEND, special educational needs',
    })
    expect(saved.status).toBe(302)
    const after = await visitor().get('/case-studies?q=zorblax')
    expect(Number(countOn(after.text)?.split(' ')[0])).toBeGreaterThan(0)

    const { client: officer } = await signedInClient(app, { role: 'officer' })
    const token = await officer.csrfTokenFrom('/account')
    const forbidden = await officer.agent
      .post('/admin/search/synonyms')
      .type('form')
      .send({ _csrf: token, synonyms: 'a, b' })
    expect(forbidden.status).toBe(403)
  })
})
