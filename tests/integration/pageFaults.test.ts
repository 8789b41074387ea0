import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import MongoStore from 'connect-mongo'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy, saveEverySection } from '../factories/publishedCaseStudy'
import { FACTORY_PASSWORD, createUser } from '../factories/userFactory'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testClock, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

// 10:41 in London (GMT in December): every date the app stores from its clock is this one.
const clock = testClock(new Date('2026-12-02T10:41:00Z'))
const services = testServices({}, clock)
let app: ReturnType<typeof createTestApp>
let publisher: FormClient
let curator: FormClient

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
  curator = (await signedInClient(app, { role: 'networkAdmin' })).client
})

const titled = (title: string) => ({ 'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title } })
const summaryRows = (html: string, heading: string) => {
  const list = new RegExp(`${heading}</h2>\\s*<dl[\\s\\S]*?</dl>`).exec(html)?.[0] ?? ''
  return [
    ...list.matchAll(
      /<dt class="govuk-summary-list__key">([^<]*)<\/dt>\s*<dd class="govuk-summary-list__value">([\s\S]*?)<\/dd>/g,
    ),
  ].map(match => [
    match[1],
    [...match[2]!.matchAll(/<p class="govuk-body">([^<]*)<\/p>/g)].map(line => line[1]).join(' | '),
  ])
}
const navigationLinks = (html: string) =>
  [...html.matchAll(/<a class="govuk-service-navigation__link" href="[^"]*"[^>]*>([\s\S]*?)<\/a>/g)].map(match =>
    match[1]!.replace(/<[^>]+>/g, '').trim(),
  )

async function startDraft(title: string): Promise<string> {
  const started = await publisher.submit('/publish/case-studies/new', { title })
  return started.headers.location as string
}

describe('check your answers', () => {
  it('shows each "Adapted from" answer in its own row', async () => {
    const taskList = await startDraft('Adapted from rows')
    await saveEverySection(publisher, taskList, titled('Adapted from rows'))
    const page = await publisher.get(`${taskList}/check-answers`)
    expect(summaryRows(page.text, 'Adapted from')).toEqual([
      ['Adapted from a case study on Practice Exchange', ''],
      ['Adapted from another programme', 'Preston model'],
      ['Link to that programme', 'https://example.org/preston-model'],
      ['What was changed, and why', 'We started with procurement only.'],
    ])
  })
})

describe('status labels', () => {
  it('say in plain English that a published case study has changes waiting for review', async () => {
    const { id, taskList } = await publishCaseStudy(publisher, curator, titled('Status label programme'))
    await publisher.submit(`${taskList}/sections/lessons`, { lessons: 'Talk to suppliers early.', action: 'save' })
    expect((await publisher.get(taskList)).text).toContain(
      '<span class="govuk-caption-l">Published – changes not submitted yet</span>',
    )
    await publisher.submit(`${taskList}/check-answers`, {})
    const dashboard = await publisher.get('/publish')
    expect(dashboard.text).toMatch(
      new RegExp(
        `href="/publish/case-studies/${id}">Status label programme</a></td><td class="govuk-table__cell[^"]*"[^>]*>Published – changes waiting for review<`,
      ),
    )
    expect(dashboard.text).not.toContain('Published, with')
  })
})

describe('the "submitted" banner', () => {
  let server: Server
  let base: string
  beforeAll(async () => {
    server = await new Promise(resolve => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  const banner = (html: string) => html.includes('Submitted for review. We will email you when a curator has decided.')

  it('shows once, on the page the publisher is sent to after submitting, even when they get there at once', async () => {
    const user = await createUser({ role: 'publisher', councilCode: 'E08000035' })
    const signIn = await fetch(`${base}/sign-in`)
    const visitorCookie = signIn.headers
      .getSetCookie()
      .map(cookie => cookie.split(';')[0])
      .join('; ')
    const token = /name="_csrf" value="([^"]+)"/.exec(await signIn.text())![1]!
    const signedIn = await fetch(`${base}/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: visitorCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: user.email, password: FACTORY_PASSWORD, _csrf: token }),
    })
    const cookie = signedIn.headers
      .getSetCookie()
      .find(value => value.startsWith('practice-exchange.sid='))!
      .split(';')[0]!
    const get = async (path: string) => (await fetch(`${base}${path}`, { headers: { cookie } })).text()
    const post = (path: string, fields: Record<string, string> | URLSearchParams) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      })
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await get('/publish/case-studies/new'))![1]!
    const taskList = (await post('/publish/case-studies/new', { title: 'Banner once', _csrf: csrf })).headers.get(
      'location',
    )!
    for (const [section, fields] of Object.entries(VALID_SECTION_FIELDS)) {
      const body = new URLSearchParams({ action: 'save', _csrf: csrf })
      for (const [name, value] of Object.entries(fields))
        for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
      const saved = await post(`${taskList}/sections/${section}`, body)
      expect(saved.status).toBe(302)
    }

    // A browser follows a redirect as soon as its headers arrive. A slow session store (injected
    // here) widens the gap in which the next page could read the session before the banner's
    // message is in it.
    const save = Object.getOwnPropertyDescriptor(MongoStore.prototype, 'set')!.value as MongoStore['set']
    const slowSave = jest.spyOn(MongoStore.prototype, 'set').mockImplementation(function (this: MongoStore, ...args) {
      setTimeout(() => save.apply(this, args), 300)
    })
    let next: string
    try {
      const submitted = await post(`${taskList}/check-answers`, { _csrf: csrf })
      expect(submitted.status).toBe(302)
      next = await get(submitted.headers.get('location')!)
      await submitted.text()
    } finally {
      slowSave.mockRestore()
    }
    expect(banner(next)).toBe(true)
    expect(banner(await get('/publish'))).toBe(false)
    expect(banner(await get(taskList))).toBe(false)
  })
})

describe('the admin navigation', () => {
  it('names the search settings for what they are, apart from "Case studies"', async () => {
    const links = navigationLinks((await curator.get('/review')).text)
    expect(links).toEqual([
      'Case studies',
      'Themes',
      'Councils',
      'Your account',
      'Review',
      'Dashboard',
      'Users',
      'Council memberships',
      'Collections',
      'Search settings',
      'Licences',
      'Import',
    ])
    const settings = await curator.get('/admin/search')
    expect(settings.text).toContain('<title>Search settings – Practice Exchange</title>')
    expect(settings.text).toContain('<h1 class="govuk-heading-l">Search settings</h1>')
  })
})

describe('dates', () => {
  const DAY = /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/
  const TIME = /(\d{1,2}(:\d{2})?(am|pm)|midday|midnight)/

  it('are written one way everywhere: "2 December 2026", and "2 December 2026 at 10:41am" with a time', async () => {
    const { id, taskList } = await publishCaseStudy(publisher, curator, titled('Dated programme'))
    const history = await publisher.get(`${taskList}/history`)
    expect(history.text).toMatch(/<td class="govuk-table__cell"[^>]*>2 December 2026 at 10:41am<br>/)

    const page = await publisher.get('/case-studies/dated-programme-leeds')
    expect(page.text).toContain('Published 2 December 2026.')
    await services.searchIndex.ready()
    await services.searchIndex.indexer.drain()
    const results = await publisher.get('/case-studies?q=dated')
    expect(results.text).toContain('<div><dt>Published:</dt> <dd>2 December 2026</dd></div>')

    await publisher.submit(`${taskList}/sections/lessons`, { lessons: 'Keep a log.', action: 'save' })
    await publisher.submit(`${taskList}/check-answers`, {})
    const queue = await curator.get('/review')
    expect(queue.text).toMatch(
      new RegExp(
        `href="/review/${id}">Dated programme</a>[\\s\\S]*?<td class="govuk-table__cell[^"]*"[^>]*>2 December 2026</td>`,
      ),
    )

    await publisher.get('/case-studies?q=zzqqxxnothing')
    const settings = await curator.get('/admin/search')
    expect(settings.text).toMatch(/>zzqqxxnothing<\/a><\/td><td[^>]*>1<\/td><td[^>]*>2 December 2026<\/td>/)
    // The index records its own build time; only its format is known here.
    const built = /id="index-built-at">([^<]*)</.exec(settings.text)?.[1]
    expect(built).toMatch(new RegExp(`^${DAY.source} at ${TIME.source}$`))
  })
})
