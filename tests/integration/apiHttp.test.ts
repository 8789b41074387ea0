import request from 'supertest'
import { StoreUnavailableError } from '../../server/errors/httpError'
import type { Services } from '../../server/services'
import { signedInClient } from '../helpers/formClient'
import { useCheckedApi } from '../helpers/openApi'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
const api = useCheckedApi(services)
const { get } = api
const app = api.app

type ErrorBody = { status: number; errors: { field: string | null; message: string }[] }
const publishedThemes = async () =>
  ((await get('/api/v1/themes')).body as { items: { published: number }[] }).items.reduce(
    (sum, theme) => sum + theme.published,
    0,
  )

describe('caching', () => {
  it('sends a weak ETag and a minute’s public caching, and 304 while the body is unchanged', async () => {
    const first = await get('/api/v1/themes')
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^W\/"[\w-]+"$/)
    const again = await get('/api/v1/themes', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect((await get('/api/v1/councils', { 'If-None-Match': etag })).status).toBe(200)

    // Publishing changes the counts, so the body and its ETag change and the old one no longer holds.
    expect(await publishedThemes()).toBe(0)
    await services.demoContent.seedIfEmpty()
    await services.searchIndex.indexer.drain()
    expect(await publishedThemes()).toBeGreaterThan(0)
    const changed = await get('/api/v1/themes', { 'If-None-Match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
  })

  it('answers HEAD with the headers and no body', async () => {
    const res = await request(app()).head('/api/v1/councils')
    expect(res.status).toBe(200)
    expect(res.headers.etag).toMatch(/^W\//)
    expect(res.text).toBeUndefined()
  })
})

describe('cross-origin use', () => {
  it('lets any origin read answers and errors, and the ETag', async () => {
    for (const url of ['/api/v1/councils', '/api/v1/councils?nation=Narnia', '/api/v1/nothing']) {
      const res = await get(url, { Origin: 'https://elsewhere.example' })
      expect(res.headers['access-control-allow-origin']).toBe('*')
      expect(res.headers['access-control-expose-headers']).toBe('ETag')
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin')
    }
  })

  it('answers preflights', async () => {
    const res = await request(app())
      .options('/api/v1/case-studies')
      .set({ Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' })
    expect(res.status).toBe(204)
    expect(res.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'Accept, If-None-Match',
    })
  })

  it.each(['post', 'put', 'patch', 'delete'] as const)(
    'refuses %s with 405, Allow and the error body',
    async method => {
      const res = await request(app())[method]('/api/v1/case-studies').send({ title: 'x' })
      expect(res.status).toBe(405)
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS')
      expect(api.checker().problems('/api/v1/case-studies', 405, res.body, res.text)).toBe('')
      expect((res.body as ErrorBody).status).toBe(405)
    },
  )
})

describe('sessions', () => {
  it('ignores a signed-in browser’s session: no cookie set, the same public answer', async () => {
    const { client } = await signedInClient(app(), { role: 'officer' })
    const anonymous = await get('/api/v1/case-studies')
    const signedIn = await client.get('/api/v1/case-studies')
    expect(signedIn.headers['set-cookie']).toBeUndefined()
    expect(signedIn.headers['cache-control']).toBe('public, max-age=60')
    expect(signedIn.headers.etag).toBe(anonymous.headers.etag)
    expect(anonymous.headers['set-cookie']).toBeUndefined()
  })
})

describe('failures', () => {
  const appFailingWith = (error: Error) => {
    const failing: Services = { ...services, search: { ...services.search, search: () => Promise.reject(error) } }
    return createTestApp(failing)
  }

  it('answers 503 with Retry-After when the store is down', async () => {
    const res = await request(appFailingWith(new StoreUnavailableError())).get('/api/v1/case-studies')
    expect(res.status).toBe(503)
    expect(res.headers['retry-after']).toBe('30')
    expect(api.checker().problems('/api/v1/case-studies', 503, res.body, res.text)).toBe('')
  })

  it('answers 500 in the error shape, without the stack', async () => {
    const res = await request(appFailingWith(new Error('secret internals'))).get('/api/v1/case-studies')
    expect(res.status).toBe(500)
    expect(res.body).toEqual({ status: 500, errors: [{ field: null, message: 'Something went wrong on our side' }] })
    expect(res.text).not.toContain('secret internals')
  })
})

describe('the /api page', () => {
  it('is an HTML page linked from every page’s footer, linking the OpenAPI document', async () => {
    const home = await request(app()).get('/')
    expect(home.text).toContain('<a class="govuk-footer__link" href="/api">API</a>')
    const page = await request(app()).get('/api')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.text).toContain('<h1 class="govuk-heading-xl">Practice Exchange API</h1>')
    expect(page.text).toContain('href="/api/v1/openapi.json"')
    expect(page.text).toContain(
      "curl 'http://practice-exchange.test/api/v1/case-studies?q=social+prescribing&amp;theme=public-health",
    )
  })
})
