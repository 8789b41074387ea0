import { THEMES, keysOf } from '../../models/vocabulary'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { Council } from '../../models/Council'
import { buildUser } from '../factories/records'
import { useCheckedApi } from '../helpers/openApi'
import { formClient } from '../helpers/formClient'
import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
// Every answer below is checked against the served OpenAPI document before a test reads it.
const api = useCheckedApi(services, { demoContent: true })
const { get } = api
const app = api.app

let published: CaseStudyRecord[] = []

beforeAll(async () => {
  published = await CaseStudy.find({ published: { $ne: null }, archivedAt: null }).lean<CaseStudyRecord[]>()
})

type Item = { slug: string; themes: { code: string; label: string }[]; likeMine: boolean; links: { self: string } }
type Facet = { label: string; values: { code: string; label: string; count: number; selected: boolean }[] }
type Results = {
  total: number
  page: number
  pageCount: number
  items: Item[]
  facets: Record<string, Facet>
  query: Record<string, unknown>
  likeCouncil: { code: string; neighbours: { code: string }[] } | null
  links: Record<string, string | null>
}

const countOnPage = (html: string) => /id="result-count"[^>]*>([\d,]+) case stud/.exec(html)?.[1]?.replace(',', '')

describe('GET /api/v1/case-studies', () => {
  it('lists every published case study, 20 to a page, with facets and links to the other pages', async () => {
    const res = await get('/api/v1/case-studies')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    const body = res.body as Results
    expect(body.total).toBe(published.length)
    expect(body.items).toHaveLength(20)
    expect(body.pageCount).toBe(Math.ceil(published.length / 20))
    expect(body.links).toMatchObject({ first: '/api/v1/case-studies', next: '/api/v1/case-studies?page=2', prev: null })
    const themeCounts = Object.fromEntries(body.facets.theme!.values.map(value => [value.code, value]))
    expect(themeCounts.housing).toEqual({
      code: 'housing',
      label: THEMES.housing.label,
      count: published.filter(record => record.published!.content.themes.includes('housing')).length,
      selected: false,
    })

    const last = (await get(body.links.last!)).body as Results
    expect(last.page).toBe(body.pageCount)
    expect(last.links.next).toBeNull()
    expect(last.items.length).toBe(published.length - 20 * (body.pageCount - 1))
  })

  it('answers the search page’s query the way the page does, filters kept in its links', async () => {
    const query = 'q=housing&theme=housing&stage=live&sort=newest'
    const body = (await get(`/api/v1/case-studies?${query}`)).body as Results
    const page = await formClient(app()).get(`/case-studies?${query}`)
    expect(String(body.total)).toBe(countOnPage(page.text))
    expect(body.total).toBeGreaterThan(0)
    expect(body.query).toMatchObject({ q: 'housing', filters: { theme: ['housing'], stage: ['live'] }, sort: 'newest' })
    for (const item of body.items) expect(item.themes.map(theme => theme.code)).toContain('housing')
    expect(body.facets.theme!.values.find(value => value.code === 'housing')?.selected).toBe(true)
    expect(body.links.self).toBe(`/api/v1/case-studies?${query}`)
    expect(body.links.html).toBe(`/case-studies?${query}`)
  })

  it('shows councils like a chosen council, and only theirs with likeMode=filter', async () => {
    const body = (await get('/api/v1/case-studies?like=leeds-city-council&likeMode=filter')).body as Results
    expect(body.likeCouncil?.code).toBe('E08000035')
    const codes = new Set([body.likeCouncil!.code, ...body.likeCouncil!.neighbours.map(council => council.code)])
    expect(body.items.every(item => item.likeMine)).toBe(true)
    const fromThem = published.filter(record => codes.has(record.leadCouncilCode)).length
    expect(body.total).toBe(fromThem)
  })

  it('gives each result a link to its full case study', async () => {
    const body = (await get('/api/v1/case-studies?sort=newest')).body as Results
    const full = await get(body.items[0]!.links.self)
    expect(full.status).toBe(200)
    expect((full.body as { slug: string }).slug).toBe(body.items[0]!.slug)
  })
})

describe('GET /api/v1/case-studies/:slug', () => {
  it('gives every public section of the published version, with labels and its council', async () => {
    const record = published.find(candidate => candidate.published!.content.barriers.length > 0)!
    const content = record.published!.content
    const res = await get(`/api/v1/case-studies/${record.slug}`)
    expect(res.status).toBe(200)
    const council = await Council.findById(record.leadCouncilCode).lean()
    expect(res.body).toMatchObject({
      id: record._id.toString(),
      slug: record.slug,
      title: content.title,
      summary: content.summary,
      problem: content.problem,
      whatTheyDid: content.whatTheyDid,
      context: content.context,
      outcomes: content.outcomes,
      lessons: content.lessons,
      council: { code: record.leadCouncilCode, name: council!.name },
      themes: content.themes.map(code => ({ code, label: THEMES[code as keyof typeof THEMES].label })),
      barriers: content.barriers.map(item => ({
        category: { code: item.category },
        description: item.description,
      })),
      licence: { code: content.licence },
      firstPublishedAt: record.published!.firstPublishedAt.toISOString(),
      links: { self: `/api/v1/case-studies/${record.slug}`, html: `/case-studies/${record.slug}` },
    })
  })

  it('answers 404 in the error shape for a slug nothing has', async () => {
    const res = await get('/api/v1/case-studies/no-such-case-study')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ status: 404, errors: [{ field: null, message: 'Not found' }] })
  })
})

describe('GET /api/v1/councils and /api/v1/councils/:code', () => {
  type Councils = Omit<Results, 'items'> & {
    items: { code: string; name: string; nation: string; type: { code: string } }[]
  }

  it('lists every council by name, 50 to a page', async () => {
    const body = (await get('/api/v1/councils')).body as Councils
    expect(body.total).toBe(await Council.countDocuments())
    expect(body.items).toHaveLength(50)
    const names = body.items.map(council => council.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')))
    expect(body.links.next).toBe('/api/v1/councils?page=2')
  })

  it('filters by nation, region, type and words of the name', async () => {
    const wales = (await get('/api/v1/councils?nation=Wales')).body as Councils
    expect(wales.total).toBe(await Council.countDocuments({ nation: 'Wales' }))
    expect(wales.items.every(council => council.nation === 'Wales')).toBe(true)
    const boroughs = (await get('/api/v1/councils?type=london-borough&region=London')).body as Councils
    expect(boroughs.total).toBe(await Council.countDocuments({ type: 'london-borough', region: 'London' }))
    expect(boroughs.links.self).toBe('/api/v1/councils?region=London&type=london-borough')
    const leeds = (await get('/api/v1/councils?q=LEEDS')).body as Councils
    expect(leeds.items.map(council => council.code)).toContain('E08000035')
    // The same name matching as the councils page: punctuation and "&" are not needed.
    for (const [q, name] of [
      ['st. helens', 'St Helens'],
      ['brighton and hove', 'Brighton and Hove'],
    ] as const) {
      const found = (await get(`/api/v1/councils?q=${encodeURIComponent(q)}`)).body as Councils & {
        items: { name: string }[]
      }
      expect(found.items.map(council => council.name).join('; ')).toContain(name)
    }
    const past = (await get(`/api/v1/councils?nation=Wales&page=${wales.pageCount + 1}`)).body as Councils
    expect(past.items).toEqual([])
  })

  it('gives a council’s profile and the counts of its published case studies', async () => {
    const code = published[0]!.leadCouncilCode
    const theirs = published.filter(record => record.leadCouncilCode === code)
    const res = await get(`/api/v1/councils/${code}`)
    expect(res.status).toBe(200)
    const body = res.body as { code: string; caseStudies: { published: number; themes: { count: number }[] } }
    expect(body.code).toBe(code)
    expect(body.caseStudies.published).toBe(theirs.length)
    const themed = theirs.flatMap(record => record.published!.content.themes).length
    expect(body.caseStudies.themes.reduce((sum, theme) => sum + theme.count, 0)).toBe(themed)
    expect((await get('/api/v1/councils/E99999999')).status).toBe(404)
  })
})

describe('GET /api/v1/themes, /api/v1 and the OpenAPI document', () => {
  it('lists every theme with its label and published count', async () => {
    const body = (await get('/api/v1/themes')).body as { items: { code: string; label: string; published: number }[] }
    expect(body.items.map(theme => theme.code)).toEqual(keysOf(THEMES))
    for (const theme of body.items) {
      expect(theme.label).toBe(THEMES[theme.code as keyof typeof THEMES].label)
      expect(theme.published).toBe(
        published.filter(record => record.published!.content.themes.includes(theme.code)).length,
      )
    }
  })

  it('links every endpoint from /api/v1', async () => {
    const body = (await get('/api/v1')).body as { links: Record<string, string> }
    for (const link of Object.values(body.links)) expect((await request(link)).status).toBe(200)
  })

  it('gives a case study that exists as the /api page’s example', async () => {
    const page = await request('/api')
    const example = /curl 'http:\/\/practice-exchange\.test(\/api\/v1\/case-studies\/[a-z0-9-]+)'/.exec(page.text)?.[1]
    expect(example).toBeDefined()
    expect((await get(example!)).status).toBe(200)
  })

  it('describes the API in OpenAPI 3.1, with the controlled lists as enums', () => {
    const { document } = api.checker()
    expect((document as unknown as { openapi: string }).openapi).toBe('3.1.0')
    const search = document.paths['/api/v1/case-studies']!.get as unknown as {
      parameters: { name: string; schema: { items?: { enum?: string[] } } }[]
    }
    const theme = search.parameters.find(parameter => parameter.name === 'theme')
    expect(theme?.schema.items?.enum).toEqual(keysOf(THEMES))
  })

  it('is strict enough to catch an answer that strays from it', async () => {
    const url = `/api/v1/case-studies/${published[0]!.slug}`
    const body = (await get(url)).body as Record<string, unknown>
    expect(api.checker().problems(url, 200, body, 'x')).toBe('')
    expect(api.checker().problems(url, 200, { ...body, contacts: [] }, 'x')).toContain(
      'must NOT have additional properties',
    )
    expect(api.checker().problems(url, 200, { ...body, title: 3 }, 'x')).toContain('/title must be string')
    expect(api.checker().problems(url, 200, { ...body, stage: { code: 'someday', label: 'x' } }, 'x')).toContain(
      'must be equal to one of the allowed values',
    )
    expect(api.checker().problems(url, 404, { error: 'Not found' }, 'x')).toContain(
      "must have required property 'status'",
    )
  })
})

const request = (url: string) => formClient(app()).get(url)

describe('GET /api/v1/collections', () => {
  type CollectionBody = {
    slug: string
    featured: boolean
    caseStudies: { slug: string; links: { self: string } }[]
  }
  const curator = buildUser('networkAdmin')
  const context = { actorId: curator._id, ip: '127.0.0.1', sessionId: null }

  it('lists the featured list first, then each collection with its published case studies in the curated order', async () => {
    const [first, second, archived] = published.slice(0, 3)
    const slug = await services.curation.create(curator, { title: 'API order test', description: 'In order' }, context)
    for (const caseStudy of [second!, first!, archived!])
      await services.curation.add(curator, slug, caseStudy.slug, context)
    await CaseStudy.updateOne({ _id: archived!._id }, { $set: { archivedAt: new Date() } })
    try {
      const res = await get('/api/v1/collections')
      expect(res.status).toBe(200)
      const items = (res.body as { items: CollectionBody[] }).items
      expect(items[0]).toMatchObject({ slug: 'featured', featured: true })
      const ours = items.find(item => item.slug === slug)!
      expect(ours.caseStudies.map(item => item.slug)).toEqual([second!.slug, first!.slug])

      const one = await get(`/api/v1/collections/${slug}`)
      expect(one.status).toBe(200)
      expect((one.body as CollectionBody).caseStudies.map(item => item.links.self)).toEqual([
        `/api/v1/case-studies/${second!.slug}`,
        `/api/v1/case-studies/${first!.slug}`,
      ])
    } finally {
      await CaseStudy.updateOne({ _id: archived!._id }, { $set: { archivedAt: null } })
    }
  })

  it('answers 404 in the error body for a collection that does not exist', async () => {
    const res = await get('/api/v1/collections/no-such-collection')
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ status: 404 })
  })
})
