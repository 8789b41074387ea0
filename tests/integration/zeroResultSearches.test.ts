import request from 'supertest'
import { ZeroResultSearch } from '../../models/ZeroResultSearch'
import { formClient, signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let curator: FormClient

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.searchIndex.ready()
  app = createTestApp(services)
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
})

const countOf = async (query: string) => (await ZeroResultSearch.findById(query).lean())?.count
/** The rows of the "searches that found nothing" table: the cell's class, its link and text, and the count. */
const loggedRows = (html: string) =>
  [
    ...html.matchAll(
      /<td class="([^"]*)"[^>]*><a class="govuk-link" href="([^"]*)">([^<]*)<\/a><\/td><td class="[^"]*govuk-table__cell--numeric"[^>]*>([^<]*)<\/td>/g,
    ),
  ].map(([, classes = '', href = '', text = '', count = '']) => ({
    classes,
    href: href.replace(/&amp;/g, '&'),
    text,
    count,
  }))

describe('searches that found nothing', () => {
  it('keeps at most 200 characters of a long query, and the curators’ page wraps it', async () => {
    const long = `${'x'.repeat(2_500)} ${'verylongword'.repeat(300)}`
    expect((await formClient(app).get(`/case-studies?q=${long}`)).status).toBe(200)
    const stored = await ZeroResultSearch.find({ query: /^x/ }).lean()
    expect(stored).toHaveLength(1)
    expect(stored[0]!.query).toBe('x'.repeat(200))
    expect(stored[0]!._id).toBe('x'.repeat(200))

    const row = loggedRows((await curator.get('/admin/search')).text).find(logged => logged.text.startsWith('x'))
    expect(row?.classes.split(' ')).toContain('app-table__cell--break-anywhere')
    const css = await request(app).get('/assets/css/application.css').expect(200)
    expect(css.text.replace(/\s/g, '')).toContain('.app-table__cell--break-anywhere{overflow-wrap:anywhere}')
  })

  it('counts visitors’ and officers’ searches, but not a curator re-running one from the log', async () => {
    await formClient(app).get('/case-studies?q=gritting+rota+nobody+wrote')
    expect(await countOf('gritting rota nobody wrote')).toBe(1)

    const row = loggedRows((await curator.get('/admin/search')).text).find(
      logged => logged.text === 'gritting rota nobody wrote',
    )
    expect(row?.count).toBe('1')
    const rerun = await curator.get(row!.href)
    expect(rerun.status).toBe(200)
    expect(rerun.text).toContain('value="gritting rota nobody wrote"')
    await curator.get('/case-studies?q=gritting+rota+nobody+wrote&asTyped=1')
    expect(await countOf('gritting rota nobody wrote')).toBe(1)
    expect(loggedRows((await curator.get('/admin/search')).text).find(logged => logged.href === row!.href)?.count).toBe(
      '1',
    )

    const { client: officer } = await signedInClient(app, { role: 'officer' })
    await officer.get('/case-studies?q=gritting+rota+nobody+wrote')
    expect(await countOf('gritting rota nobody wrote')).toBe(2)
  })
})
