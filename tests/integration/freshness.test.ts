import { AuditEvent } from '../../models/AuditEvent'
import { FreshnessReminder } from '../../models/FreshnessReminder'
import { addMonths } from '../../server/services/diffusion/freshnessSchedule'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { createUser } from '../factories/userFactory'
import { signedInClient } from '../helpers/formClient'
import { linkIn, sentEmails } from '../helpers/mailbox'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: ReturnType<typeof createTestApp>
let councilCodes: string[] = []
let nextCouncil = 10

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
  councilCodes = (await services.councils.all()).map(council => council.gssCode)
})

/** A council no other test in this file uses, so its publishers' mail is this test's alone. */
const ownCouncil = () => councilCodes[nextCouncil++]!
const monthsAgo = (months: number, from = new Date()) => addMonths(from, -months)
const remindersAbout = (title: string) => sentEmails().filter(email => email.subject.includes(title))

describe('freshness reminders', () => {
  it('asks a case study published 30 months ago once, at 24 months, however often or wherever it runs', async () => {
    const councilCode = ownCouncil()
    const publisher = await createUser({ role: 'publisher', councilCode })
    const other = await createUser({ role: 'publisher', councilCode })
    const { id, title } = await createPublishedCaseStudy({ councilCode, publishedAt: monthsAgo(30) })

    // Two processes at the same moment: two sets of services over the same store.
    const second = testServices()
    const now = new Date()
    await Promise.all([services.freshness.sendDueReminders(now), second.freshness.sendDueReminders(now)])
    const emails = remindersAbout(title)
    expect(emails.map(email => email.to).sort()).toEqual([publisher.email, other.email].sort())
    expect(emails[0]!.text).toContain('first published on Practice Exchange 24 months ago')
    expect(linkIn(emails[0])).toBe(`/publish/case-studies/${id}/review-outcomes`)
    expect(await FreshnessReminder.find({ caseStudyId: id }).lean()).toEqual([
      expect.objectContaining({ _id: `${id}:24`, months: 24 }),
    ])

    // A restart: new services, a later run.
    await testServices().freshness.sendDueReminders(new Date(now.getTime() + 60_000))
    expect(remindersAbout(title)).toHaveLength(2)
  })

  it('sends the 6-month reminder, then the 12-month one when it falls due, and none before 6 months', async () => {
    const councilCode = ownCouncil()
    const publisher = await createUser({ role: 'publisher', councilCode })
    const now = new Date()
    const due = await createPublishedCaseStudy({ councilCode, publishedAt: monthsAgo(7, now) })
    const early = await createPublishedCaseStudy({ councilCode, publishedAt: monthsAgo(5, now) })

    await services.freshness.sendDueReminders(now)
    expect(remindersAbout(due.title).map(email => email.text)).toEqual([expect.stringContaining('6 months ago')])
    expect(remindersAbout(early.title)).toHaveLength(0)

    await services.freshness.sendDueReminders(addMonths(now, 5))
    const later = remindersAbout(due.title)
    expect(later).toHaveLength(2)
    expect(later[1]!.text).toContain('12 months ago')
    expect(later[1]!.to).toBe(publisher.email)
    expect(remindersAbout(early.title).map(email => email.text)).toEqual([expect.stringContaining('6 months ago')])
  })

  it('asks the council admins when the council has no publisher', async () => {
    const councilCode = ownCouncil()
    const admin = await createUser({ role: 'councilAdmin', councilCode })
    await createUser({ role: 'officer', councilCode })
    const { title } = await createPublishedCaseStudy({ councilCode, publishedAt: monthsAgo(13) })
    await services.freshness.sendDueReminders()
    expect(remindersAbout(title).map(email => email.to)).toEqual([admin.email])
  })
})

describe('confirming outcomes', () => {
  it('sets "last reviewed" to now, records it, and the public page shows it', async () => {
    const councilCode = ownCouncil()
    const { client } = await signedInClient(app, { role: 'publisher', councilCode })
    const { id, slug, title } = await createPublishedCaseStudy({ councilCode, publishedAt: monthsAgo(25) })
    const path = `/publish/case-studies/${id}/review-outcomes`

    const before = await client.get(`/case-studies/${slug}`)
    expect(before.text).toMatch(/Last reviewed <time datetime="[^"]+">[^<]+<\/time>/)
    expect(before.text).not.toContain(`Last reviewed <time datetime="${new Date().toISOString().slice(0, 10)}`)

    const page = await client.get(path)
    expect(page.status).toBe(200)
    expect(page.text).toContain(title)
    expect(page.text).toContain('Outcomes are still correct')
    expect(page.text).toContain(`href="/publish/case-studies/${id}"`)

    const confirmed = await client.submit(path, {})
    expect(confirmed.status).toBe(302)
    expect((await client.get(path)).text).toContain('the case study now shows it was reviewed today')
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    }).format(new Date())
    const after = await client.get(`/case-studies/${slug}`)
    expect(after.text).toContain(`${today}</time>`)
    expect(await AuditEvent.countDocuments({ action: 'case-study.outcomes-confirmed', subjectId: id })).toBe(1)
  })

  it('answers 404 to a publisher of another council', async () => {
    const { id } = await createPublishedCaseStudy({ councilCode: ownCouncil(), publishedAt: monthsAgo(7) })
    const { client } = await signedInClient(app, { role: 'publisher', councilCode: ownCouncil() })
    expect((await client.get(`/publish/case-studies/${id}/review-outcomes`)).status).toBe(404)
    expect((await client.submit('/account', {}, `/publish/case-studies/${id}/review-outcomes`)).status).toBe(404)
  })
})

describe('curators’ list of case studies not reviewed for 24 months', () => {
  it('lists them longest since review first, 25 a page, and drops one once confirmed', async () => {
    const councilCode = ownCouncil()
    const { client: curator } = await signedInClient(app, { role: 'networkAdmin' })
    const { client: publisher } = await signedInClient(app, { role: 'publisher', councilCode })
    await createPublishedCaseStudy({ councilCode, title: 'Recent enough', publishedAt: monthsAgo(23) })
    const stale = []
    for (let index = 0; index < 27; index++)
      stale.push(
        await createPublishedCaseStudy({
          councilCode,
          title: `Stale ${String(index).padStart(2, '0')}`,
          publishedAt: monthsAgo(25 + index),
        }),
      )
    const titlesOn = (html: string) => [...html.matchAll(/>(Stale \d\d|Recent enough)<\/a>/g)].map(match => match[1])

    // Other tests in this file leave stale case studies too: these are read among them.
    const rowsOn = (html: string) => html.split('<tbody')[1]?.match(/<tr /g)?.length ?? 0
    const first = await curator.get('/admin/case-studies/not-reviewed')
    expect(first.status).toBe(200)
    expect(rowsOn(first.text)).toBe(25)
    const second = await curator.get('/admin/case-studies/not-reviewed?page=2')
    expect(second.status).toBe(200)
    const oldestFirst = stale.map(item => item.title).reverse()
    expect([...titlesOn(first.text), ...titlesOn(second.text)]).toEqual(oldestFirst)
    expect(titlesOn(first.text).length).toBeGreaterThan(0)
    expect(titlesOn(second.text).length).toBeGreaterThan(0)
    expect((await curator.get('/admin/case-studies/not-reviewed?page=9')).status).toBe(404)
    const total = Number(/(\d+) case studies/.exec(first.text)?.[1])

    await publisher.submit(`/publish/case-studies/${stale[26]!.id}/review-outcomes`, {})
    const afterConfirm = await curator.get('/admin/case-studies/not-reviewed')
    expect(afterConfirm.text).toContain(`${total - 1} case studies`)
    expect(titlesOn(afterConfirm.text)[0]).toBe('Stale 25')
  })
})
