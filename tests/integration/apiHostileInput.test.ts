import { useCheckedApi } from '../helpers/openApi'
import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
// Every answer is checked against the OpenAPI document: a 4xx must have the Error body.
const api = useCheckedApi(services)
const { get } = api

const TEN_KB = 'housing '.repeat(1280)
const ENDPOINTS = [
  '/api/v1',
  '/api/v1/openapi.json',
  '/api/v1/themes',
  '/api/v1/case-studies',
  '/api/v1/case-studies/some-slug',
  '/api/v1/councils',
  '/api/v1/councils/E08000035',
]

// What any endpoint must refuse, naming the parameter: [query, field].
const ANYWHERE: [string, string][] = [
  ['unknown=1', 'unknown'],
  ['q[]=x', 'q[]'],
  ['__proto__=x', '__proto__'],
  ['constructor=x', 'constructor'],
  [`${'x'.repeat(100)}=1`, `${'x'.repeat(60)}…`],
]

// The search's own parameters, each wrong in a way a client might send.
const SEARCH: [string, string][] = [
  ['q=a&q=b', 'q'],
  [`q=${encodeURIComponent(TEN_KB)}`, 'q'],
  ['q=hou%00sing', 'q'],
  ['q=hou%1Bsing', 'q'],
  ['q=line%0Abreak', 'q'],
  ['page=0', 'page'],
  ['page=-1', 'page'],
  ['page=1.5', 'page'],
  ['page=1e2', 'page'],
  ['page=abc', 'page'],
  ['page=501', 'page'],
  ['page=99999999999999999999999999', 'page'],
  ['page=1&page=2', 'page'],
  ['theme=no-such-theme', 'theme'],
  ['theme=housing&theme=%3Cscript%3E', 'theme'],
  ['evidenceLevel=6', 'evidenceLevel'],
  ['nation=Narnia', 'nation'],
  ['yearPublished=1999', 'yearPublished'],
  [Array.from({ length: 31 }, (_, n) => `region=Region${String.fromCharCode(97 + (n % 26))}${n}`).join('&'), 'region'],
  ['sort=up', 'sort'],
  ['sort=newest&sort=relevance', 'sort'],
  ['like=nowhere-at-all', 'like'],
  ['likeMode=filter', 'likeMode'],
  ['likeBy=economic', 'likeBy'],
  ['like=leeds-city-council&likeMode=sideways', 'likeMode'],
  ['asTyped=yes', 'asTyped'],
]

const COUNCILS: [string, string][] = [
  ['nation=Narnia', 'nation'],
  ['nation=Wales&nation=Scotland', 'nation'],
  ['region=Atlantis', 'region'],
  ['type=parish', 'type'],
  [`q=${encodeURIComponent(TEN_KB)}`, 'q'],
  ['q=%07', 'q'],
  ['page=0', 'page'],
  ['page=9007199254740993', 'page'],
  ['theme=housing', 'theme'],
]

type ErrorBody = { status: number; errors: { field: string | null; message: string }[] }

async function expectRefused(url: string, field: string) {
  const res = await get(url)
  expect(res.status).toBe(400)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  const body = res.body as ErrorBody
  expect(body.status).toBe(400)
  expect(body.errors.map(error => error.field)).toContain(field)
  for (const error of body.errors) expect(error.message.length).toBeLessThan(200)
}

describe('hostile query strings get a 400 naming the parameter, never a 5xx', () => {
  it.each(ENDPOINTS.flatMap(endpoint => ANYWHERE.map(([query, field]) => [endpoint, query, field])))(
    '%s ? %s',
    async (endpoint, query, field) => expectRefused(`${endpoint}?${query}`, field),
  )

  it.each(SEARCH)('/api/v1/case-studies ? %s', async (query, field) =>
    expectRefused(`/api/v1/case-studies?${query}`, field),
  )

  it.each(COUNCILS)('/api/v1/councils ? %s', async (query, field) => expectRefused(`/api/v1/councils?${query}`, field))

  it('reports every problem at once', async () => {
    const res = await get('/api/v1/case-studies?theme=nope&sort=up&page=0')
    expect((res.body as ErrorBody).errors.map(error => error.field).sort()).toEqual(['page', 'sort', 'theme'])
  })

  it('answers paths it cannot read or find with JSON, never HTML', async () => {
    for (const [url, status] of [
      ['/api/v1/case-studies/%E0%A4%A', 400],
      [`/api/v1/case-studies/${'a'.repeat(5000)}`, 404],
      ['/api/v1/case-studies/%00', 404],
      ['/api/v1/councils/%24where', 404],
      ['/api/v1/no-such-endpoint', 404],
      ['/api/v2/case-studies', 404],
      ['/api/v1/case-studies/a/b', 404],
    ] as const) {
      const res = await get(url, { Accept: 'text/html' })
      expect([url, res.status]).toEqual([url, status])
      expect(res.headers['content-type']).toMatch(/^application\/json/)
      expect((res.body as ErrorBody).errors[0]!.field).toBeNull()
    }
  })

  it('still answers a malformed escape in a value, without failing', async () => {
    const res = await get('/api/v1/case-studies?q=%E0%A4%A')
    expect(res.status).toBe(200)
  })
})
