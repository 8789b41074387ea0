import { readFileSync } from 'node:fs'
import path from 'node:path'
import request from 'supertest'
import { AlertSubscription } from '../../models/AlertSubscription'
import { CaseStudy } from '../../models/CaseStudy'
import { SavedCaseStudy } from '../../models/SavedCaseStudy'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { FACTORY_PASSWORD } from '../factories/userFactory'
import { signedInClient, type FormClient } from '../helpers/formClient'
import { sentEmails, type SentEmail } from '../helpers/mailbox'
import { createTestApp, testClock, testDataDir, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const clock = testClock(new Date('2026-06-01T09:00:00Z'))
const services = testServices({}, clock)
let app: ReturnType<typeof createTestApp>
const HOUR = 60 * 60 * 1000
let officer: FormClient
let oldCaseStudy: { id: string; slug: string; title: string }

/** A subject as people read it: nodemailer writes non-ASCII ones as RFC 2047 encoded words. */
const subjectOf = (email: SentEmail) =>
  email.subject.replace(/=\?UTF-8\?Q\?([^?]*)\?=\s*/g, (_match, text: string) =>
    decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, '%$1')),
  )
const rawEmail = (email: SentEmail) => readFileSync(path.join(testDataDir, 'mail', email.file), 'utf8')
const unsubscribePath = (email: SentEmail) =>
  /http:\/\/practice-exchange\.test(\/alerts\/unsubscribe\/\S+)/.exec(email.text)![1]!
const subscriptionsOf = async (client: FormClient) => {
  const page = await client.get('/account/saved')
  expect(page.status).toBe(200)
  return page.text
}

beforeAll(async () => {
  app = createTestApp(services)
  await services.referenceData.loadCouncils()
  oldCaseStudy = await createPublishedCaseStudy({
    title: 'Fly-tipping cameras at hotspots',
    themes: ['waste-environment'],
    publishedAt: new Date('2026-05-01T09:00:00Z'),
  })
  await services.searchIndex.reindex()
  const signedIn = await signedInClient(app, { role: 'officer' })
  officer = signedIn.client
})
afterAll(() => services.searchIndex.stop())

describe('saving case studies', () => {
  it('saves from the case study page, shows it saved and lists it, and removes it', async () => {
    const casePath = `/case-studies/${oldCaseStudy.slug}`
    expect((await officer.get(casePath)).text).toContain('Save this case study')
    const saved = await officer.submit(
      casePath,
      { caseStudyId: oldCaseStudy.id, slug: oldCaseStudy.slug },
      '/account/saved/case-studies',
    )
    expect(saved.status).toBe(302)
    expect(saved.headers.location).toBe(casePath)
    const page = (await officer.get(casePath)).text
    expect(page).toContain('Case study saved')
    expect(page).toContain('Remove from saved')
    expect(await subscriptionsOf(officer)).toContain(oldCaseStudy.title)

    // Saving twice keeps one.
    await officer.submit(casePath, { caseStudyId: oldCaseStudy.id }, '/account/saved/case-studies')
    expect(await SavedCaseStudy.countDocuments({ caseStudyId: oldCaseStudy.id })).toBe(1)

    const removed = await officer.submit('/account/saved', {}, `/account/saved/case-studies/${oldCaseStudy.id}/remove`)
    expect(removed.headers.location).toBe('/account/saved')
    expect(await subscriptionsOf(officer)).toContain('You have not saved any case studies')
  })

  it('offers visitors a way to sign in instead, and saves nothing for them', async () => {
    const page = await request(app).get(`/case-studies/${oldCaseStudy.slug}`)
    expect(page.text).toContain('Sign in to save this case study')
    // Signing in comes back to this case study, where the button then is.
    expect(page.text).toContain(`href="/sign-in?returnTo=${encodeURIComponent(`/case-studies/${oldCaseStudy.slug}`)}"`)
    expect(page.text).not.toContain('name="caseStudyId"')
  })
})

describe('saving searches', () => {
  it('saves the search page’s state, normalised, once, and removes it', async () => {
    const search = await officer.get(
      '/case-studies?theme=waste-environment&q=fly-tipping&page=2&asTyped=1&theme=nonsense',
    )
    const query = /name="query" value="([^"]*)"/.exec(search.text)?.[1]?.replace(/&amp;/g, '&')
    expect(query).toBe('q=fly-tipping&theme=waste-environment')
    const saved = await officer.submit(
      '/case-studies',
      { query: 'theme=waste-environment&q=fly-tipping&page=2' },
      '/account/saved/searches',
    )
    expect(saved.headers.location).toBe('/account/saved')
    await officer.submit('/case-studies', { query: query! }, '/account/saved/searches')
    const stored = await AlertSubscription.find({ kind: 'search' }).lean()
    expect(stored.map(subscription => subscription.query)).toEqual(['q=fly-tipping&theme=waste-environment'])
    expect(stored[0]!.frequency).toBe('off')

    const page = await subscriptionsOf(officer)
    expect(page).toContain('“fly-tipping”')
    expect(page).toContain('Theme: Waste, recycling and environment')
    expect(page).toContain('href="/case-studies?q=fly-tipping&amp;theme=waste-environment"')

    const id = stored[0]!._id
    expect(
      (await officer.submit('/account/saved', { frequency: 'weekly' }, `/account/saved/searches/${id}/alerts`)).status,
    ).toBe(302)
    expect((await AlertSubscription.findById(id).lean())!.frequency).toBe('weekly')
    expect((await officer.submit('/account/saved', {}, `/account/saved/searches/${id}/remove`)).status).toBe(302)
    expect(await AlertSubscription.countDocuments({ kind: 'search' })).toBe(0)
  })
})

describe('alert emails', () => {
  it('lists only new and updated matching case studies, public fields only, once a period, with one-click unsubscribe', async () => {
    const { client, user } = await signedInClient(app, { role: 'officer' })
    await client.submit('/case-studies', { query: 'q=fly-tipping' }, '/account/saved/searches')
    const searchId = (await AlertSubscription.findOne({ userId: user._id.toString(), kind: 'search' }).lean())!._id
    await client.submit('/account/saved', { frequency: 'daily' }, `/account/saved/searches/${searchId}/alerts`)
    await client.submit('/account/saved', { caseStudyId: oldCaseStudy.id }, '/account/saved/case-studies')
    await client.submit('/account/saved', { frequency: 'weekly' }, '/account/saved/case-studies/alerts')

    clock.advance(HOUR)
    const fresh = await createPublishedCaseStudy({ title: 'Fly-tipping reporting app', publishedAt: clock() })
    const unrelated = await createPublishedCaseStudy({ title: 'Parks volunteer wardens', publishedAt: clock() })
    // Matches, but was published before the search was saved and not since: not news.
    const notNew = await createPublishedCaseStudy({
      title: 'Fly-tipping amnesty weekends',
      publishedAt: new Date('2026-05-02T09:00:00Z'),
    })
    // A newly published version of the saved (and matching) case study.
    await CaseStudy.updateOne({ _id: oldCaseStudy.id }, { $set: { 'published.publishedAt': clock() } })
    await services.searchIndex.reindex()

    clock.advance(20 * HOUR)
    const before = sentEmails().length
    const report = await services.alerts.runOnce()
    expect(report).toMatchObject({ ran: true, sent: 2, unconfirmed: [] })
    const emails = sentEmails().slice(before)
    expect(emails.map(email => email.to)).toEqual([user.email, user.email])

    const searchAlert = emails.find(email => subjectOf(email).includes('saved search'))!
    expect(subjectOf(searchAlert)).toBe('New case studies for your saved search “fly-tipping”')
    expect(searchAlert.text).toContain(`New: ${fresh.title}`)
    expect(searchAlert.text).toContain(`Updated: ${oldCaseStudy.title}`)
    expect(searchAlert.text).not.toContain(unrelated.title)
    expect(searchAlert.text).not.toContain(notNew.title)
    const caseStudiesAlert = emails.find(email => subjectOf(email) === 'Updates to case studies you saved')!
    expect(caseStudiesAlert.text).toContain(`Updated: ${oldCaseStudy.title}`)
    expect(caseStudiesAlert.text).not.toContain(fresh.title)
    for (const email of emails) {
      expect(email.text).not.toMatch(/private\.person|Private Person/)
      const raw = rawEmail(email)
        .replace(/\r\n/g, '\n')
        .replace(/\n[ \t]+/g, ' ')
      expect(raw).toMatch(/^List-Unsubscribe: <http:\/\/practice-exchange\.test\/alerts\/unsubscribe\/[\w.-]+>$/m)
      expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    }

    // The same day again: nothing more.
    expect(await services.alerts.runOnce()).toMatchObject({ ran: true, sent: 0 })
    expect(sentEmails()).toHaveLength(before + 2)

    // Unsubscribing needs no sign-in: GET only asks, POST (a mail client's one-click, no cookie, no token) stops it.
    const link = unsubscribePath(searchAlert)
    const confirm = await request(app).get(link)
    expect(confirm.status).toBe(200)
    expect(confirm.text).toContain('Stop these emails')
    expect(confirm.headers['set-cookie']).toBeUndefined()
    expect((await AlertSubscription.findById(searchId).lean())!.frequency).toBe('daily')
    const oneClick = await request(app).post(link).type('form').send('List-Unsubscribe=One-Click')
    expect(oneClick.status).toBe(200)
    expect(oneClick.text).toContain('You have unsubscribed')
    expect((await AlertSubscription.findById(searchId).lean())!.frequency).toBe('off')
    // The saved search stays, and the case studies' alerts are untouched.
    expect(await AlertSubscription.countDocuments({ userId: user._id.toString() })).toBe(2)
    expect((await AlertSubscription.findById(`case-studies-${user._id.toString()}`).lean())!.frequency).toBe('weekly')

    // The next day nothing is sent for the unsubscribed search, and nothing new is there for the rest.
    clock.advance(24 * HOUR)
    expect(await services.alerts.runOnce()).toMatchObject({ ran: true, sent: 0 })
  })

  it('refuses unsubscribe links that were not signed by the service', async () => {
    const id = `search-${'a'.repeat(24)}`
    for (const token of [`${id}.${'b'.repeat(43)}`, 'nonsense', `${id}`, `../../account`, 'x'.repeat(5000)]) {
      expect((await request(app).get(`/alerts/unsubscribe/${encodeURIComponent(token)}`)).status).toBe(404)
      expect((await request(app).post(`/alerts/unsubscribe/${encodeURIComponent(token)}`)).status).toBe(404)
    }
  })
})

describe('hostile input', () => {
  it('answers 4xx, never 5xx, and stores nothing it should not', async () => {
    const { client, user } = await signedInClient(app, { role: 'officer' })
    const other = await signedInClient(app, { role: 'officer' })
    await other.client.submit('/case-studies', { query: 'q=theirs' }, '/account/saved/searches')
    const theirs = (await AlertSubscription.findOne({ userId: other.user._id.toString() }).lean())!._id

    for (const caseStudyId of ['', 'x', '{"$ne":null}', '0'.repeat(24), 'a'.repeat(5000)]) {
      const res = await client.submit('/account/saved', { caseStudyId }, '/account/saved/case-studies')
      expect(res.status).toBe(404)
    }
    expect(
      (await client.submit('/account/saved', { 'caseStudyId[$ne]': 'x' }, '/account/saved/case-studies')).status,
    ).toBe(404)
    expect((await client.submit('/account/saved', {}, '/account/saved/case-studies/nonsense/remove')).status).toBe(404)

    // Someone else's saved search is not there for this officer.
    expect((await client.submit('/account/saved', {}, `/account/saved/searches/${theirs}/remove`)).status).toBe(404)
    expect(
      (await client.submit('/account/saved', { frequency: 'daily' }, `/account/saved/searches/${theirs}/alerts`))
        .status,
    ).toBe(404)
    expect(
      (await client.submit('/account/saved', { frequency: 'daily' }, '/account/saved/searches/$where/alerts')).status,
    ).toBe(404)

    const badFrequency = await client.submit(
      '/account/saved',
      { frequency: 'hourly' },
      '/account/saved/case-studies/alerts',
    )
    expect(badFrequency.status).toBe(400)
    expect(badFrequency.text).toContain('<title>Error: Saved case studies and searches')
    expect(badFrequency.text).toContain('href="#frequency-case-studies">Select how often you want emails')

    const tooLong = await client.submit('/account/saved', { query: `q=${'a'.repeat(3000)}` }, '/account/saved/searches')
    expect(tooLong.status).toBe(400)
    expect(tooLong.text).toContain('That search is too long to save')

    await client.submit(
      '/account/saved',
      { query: 'q=<script>alert(1)</script>&theme=%3Cimg%3E&sort=$where' },
      '/account/saved/searches',
    )
    const page = await subscriptionsOf(client)
    expect(page).not.toContain('<script>alert(1)')
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect((await AlertSubscription.findOne({ userId: user._id.toString() }).lean())!.query).toBe(
      'q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E',
    )
  })
})

describe('an officer’s own data', () => {
  it('includes what they saved in "download your data", and deletes it with the account', async () => {
    const { client, user } = await signedInClient(app, { role: 'officer' })
    const userId = user._id.toString()
    await client.submit('/account/saved', { caseStudyId: oldCaseStudy.id }, '/account/saved/case-studies')
    await client.submit('/account/saved', { query: 'q=allotments' }, '/account/saved/searches')
    const download = JSON.parse((await client.get('/account/download')).text) as {
      saved: { caseStudies: { caseStudyId: string }[]; alerts: { query: string }[] }
    }
    expect(download.saved.caseStudies.map(item => item.caseStudyId)).toEqual([oldCaseStudy.id])
    expect(download.saved.alerts.map(item => item.query)).toEqual(['q=allotments'])

    expect((await client.submit('/account/delete', { password: FACTORY_PASSWORD, confirm: 'yes' })).status).toBe(302)
    expect(await SavedCaseStudy.countDocuments({ userId })).toBe(0)
    expect(await AlertSubscription.countDocuments({ userId })).toBe(0)
  })
})
