import { readFileSync } from 'node:fs'
import type { Express } from 'express'
import path from 'node:path'
import { Enquiry } from '../../models/Enquiry'
import { EnquiryOptOut } from '../../models/EnquiryOptOut'
import { buildContent } from '../factories/records'
import { insertPublishedCaseStudy } from '../factories/storedCaseStudy'
import { createUser, FACTORY_PASSWORD } from '../factories/userFactory'
import { formClient, signedInClient } from '../helpers/formClient'
import { sentEmails, type SentEmail } from '../helpers/mailbox'
import { createTestApp, testDataDir, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const services = testServices()
let app: Express
const LEEDS = 'E08000035'
const CORNWALL = 'E06000052'
const QUESTION = 'How did you get the care homes to share their falls data with you?'

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  app = createTestApp(services)
})

let sequence = 0
/** A published Leeds case study whose contacts have addresses unique to this test. */
async function caseStudyWithContacts(count = 2, councilCode = LEEDS) {
  const n = ++sequence
  const contacts = Array.from({ length: count }, (_, i) => ({
    name: `Contact ${n}-${i}`,
    role: `Role ${n}-${i}`,
    email: `contact-${n}-${i}@team.example`,
    phone: '',
  }))
  const stored = await insertPublishedCaseStudy({
    content: buildContent({ title: `Ask me ${n}`, contacts }),
    councilCode,
  })
  return { ...stored, contacts, ask: `/case-studies/${stored.slug}/ask` }
}

const emailsTo = (address: string) => sentEmails().filter(email => email.to.includes(address))
/** A header of the .eml file as written, unfolded (tests/helpers/mailbox.ts reads only To and Subject). */
const rawHeader = (email: SentEmail, name: string) => {
  const head = readFileSync(path.join(testDataDir, 'mail', email.file), 'utf8').split(/\r?\n\r?\n/)[0]!
  return new RegExp(`^${name}: (.*)$`, 'mi').exec(head.replace(/\r?\n[ \t]+/g, ' '))?.[1]?.trim() ?? ''
}
const optOutPath = (email: SentEmail | undefined) =>
  /http:\/\/practice-exchange\.test(\/enquiries\/opt-out\/\S+)/.exec(email?.text ?? '')![1]!
const errorSummary = (html: string) => /govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? ''

describe('ask the team', () => {
  it('emails the question to each contact with the officer as Reply-To, records it, and never shows an address', async () => {
    const study = await caseStudyWithContacts(2)
    const { user, client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL, name: 'Robin Asker' })
    const responses: string[] = []

    const page = await client.get(`/case-studies/${study.slug}`)
    expect(page.text).toContain('id="ask-the-team"')
    expect(page.text).toContain(`${study.contacts[0]!.name}, ${study.contacts[0]!.role}`)
    const form = await client.get(study.ask)
    expect(form.status).toBe(200)
    responses.push(form.text)

    const sent = await client.submit(study.ask, { message: QUESTION })
    expect(sent.status).toBe(302)
    expect(sent.headers.location).toMatch(/^\/enquiries\/[0-9a-f]{24}$/)
    responses.push(sent.text)
    const confirmation = await client.get(sent.headers.location as string)
    responses.push(confirmation.text)
    expect(confirmation.status).toBe(200)
    expect(confirmation.text).toContain('Your question has been sent')
    expect(confirmation.text).toContain(`${study.contacts[1]!.name}, ${study.contacts[1]!.role}`)
    expect(confirmation.text).toContain(user.email) // where the replies will come

    for (const contact of study.contacts) {
      const [email, ...more] = emailsTo(contact.email)
      expect(more).toHaveLength(0)
      expect(email!.to).toBe(contact.email)
      expect(rawHeader(email!, 'Reply-To')).toBe(user.email)
      expect(rawHeader(email!, 'List-Unsubscribe')).toMatch(/^<http:\/\/practice-exchange\.test\/enquiries\/opt-out\//)
      expect(email!.text).toContain('Robin Asker from Cornwall Council')
      expect(email!.text).toContain(QUESTION)
      expect(email!.text).toContain(`Dear ${contact.name}`)
    }
    const stored = await Enquiry.findOne({ caseStudyId: study.id }).lean()
    expect(stored).toMatchObject({
      councilCode: LEEDS,
      senderCouncilCode: CORNWALL,
      routedTo: 'contacts',
      message: QUESTION,
    })
    expect(stored?.recipients).toHaveLength(2)
    expect(JSON.stringify(stored)).not.toContain('@team.example')

    // Errors re-render the form: still no address.
    responses.push((await client.submit(study.ask, { message: '' })).text)
    for (const html of responses) for (const contact of study.contacts) expect(html).not.toContain(contact.email)
  })

  it('refuses an empty, too short or too long question with a GOV.UK error, keeping what was typed', async () => {
    const study = await caseStudyWithContacts(1)
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const cases: [string, string][] = [
      ['', 'Enter your question'],
      ['   \n\t ', 'Enter your question'],
      ['x'.repeat(19), 'Your question must be 20 characters or more'],
      [`  ${'x'.repeat(19)}  `, 'Your question must be 20 characters or more'], // spaces around do not count
      ['x'.repeat(3001), 'Your question must be 3,000 characters or fewer'],
    ]
    for (const [message, error] of cases) {
      const res = await client.submit(study.ask, { message })
      expect(res.status).toBe(400)
      expect(res.text).toContain('<title>Error: Ask the team')
      expect(errorSummary(res.text)).toContain(`href="#message">${error}</a>`)
      expect(res.text).toContain('id="message-error"')
    }
    expect((await client.submit(study.ask, { message: 'x'.repeat(3001) })).text).toContain('x'.repeat(3001))
    // Exactly the shortest and the longest are accepted.
    expect((await client.submit(study.ask, { message: 'x'.repeat(20) })).status).toBe(302)
    expect((await client.submit(study.ask, { message: 'y'.repeat(3000) })).status).toBe(302)
    expect(await Enquiry.countDocuments({ caseStudyId: study.id })).toBe(2)
  })

  it('answers hostile input with a 4xx and stores nothing odd', async () => {
    const study = await caseStudyWithContacts(1)
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const token = await client.csrfTokenFrom(study.ask)
    const post = (body: string) =>
      client.agent
        .post(study.ask)
        .type('form')
        .send(`_csrf=${encodeURIComponent(token)}&${body}`)

    for (const body of ['message[$ne]=x', 'message=one&message=two', 'message[0]=aaaaaaaaaaaaaaaaaaaaaaaaa']) {
      const res = await post(body)
      expect(res.status).toBe(400)
      expect(errorSummary(res.text)).toContain('Enter your question')
    }
    expect((await post(`message=${'a'.repeat(3_000_000)}`)).status).toBe(413)
    expect((await client.agent.post(study.ask).type('form').send({ message: QUESTION })).status).toBe(403) // no CSRF token
    for (const slug of ['no-such-case-study', '%00', '..%2F..%2Fadmin', 'a'.repeat(3000)]) {
      expect((await client.get(`/case-studies/${slug}/ask`)).status).toBe(404)
      expect((await client.submit(study.ask, { message: QUESTION }, `/case-studies/${slug}/ask`)).status).toBe(404)
    }

    const nasty = `<script>alert(1)</script>\u202e\u0000 ${QUESTION}\r\nSecond line`
    const sent = await client.submit(study.ask, { message: nasty })
    expect(sent.status).toBe(302)
    const confirmation = await client.get(sent.headers.location as string)
    expect(confirmation.text).not.toContain('<script>alert(1)</script>')
    expect(confirmation.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    const stored = await Enquiry.findById((sent.headers.location as string).split('/').pop()).lean()
    expect(stored?.message).toBe(`<script>alert(1)</script> ${QUESTION}\nSecond line`)
  })

  it('404s a case study that is not published and 403s a signed-in user who is not an officer', async () => {
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    const draftOnly = await services.caseStudyEditing.create(
      await createUser({ role: 'publisher', councilCode: LEEDS }),
      'An unpublished draft',
      { actorId: null, ip: null },
    )
    expect((await client.get(`/case-studies/${draftOnly.slug}/ask`)).status).toBe(404)
    expect((await client.submit('/account', { message: QUESTION }, `/case-studies/${draftOnly.slug}/ask`)).status).toBe(
      404,
    )

    const study = await caseStudyWithContacts(1)
    for (const role of ['verified', 'networkAdmin', 'unverified'] as const) {
      const other = await signedInClient(app, { role })
      const res = await other.client.submit('/account', { message: QUESTION }, study.ask)
      expect(res.status).toBe(403)
    }
    const pending = await signedInClient(app, { role: 'officer', pending: true })
    expect((await pending.client.get(study.ask)).status).toBe(403)
    const page = await pending.client.get(`/case-studies/${study.slug}`)
    expect(page.text).toContain('Only council officers can ask')
    expect(page.text).not.toContain('name="message"')
  })

  it('shows visitors a sign-in link that comes back to the case study, and no names', async () => {
    const study = await caseStudyWithContacts(1)
    const visitor = formClient(app)
    const page = await visitor.get(`/case-studies/${study.slug}`)
    const returnTo = encodeURIComponent(`/case-studies/${study.slug}`)
    expect(page.text).toContain(`href="/sign-in?returnTo=${returnTo}">Sign in to ask the team</a>`)
    expect(page.text).toContain(`href="/sign-in?returnTo=${returnTo}">Sign in as a council officer to see contacts</a>`)
    expect(page.text).not.toContain(study.contacts[0]!.name)
    expect((await visitor.get(study.ask)).headers.location).toBe('/sign-in')
  })

  it('allows 10 questions a day per officer, then refuses with a 429 and sends nothing more', async () => {
    const study = await caseStudyWithContacts(1)
    const { client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    // Mistakes do not use up the allowance.
    expect((await client.submit(study.ask, { message: 'short' })).status).toBe(400)
    const statuses = []
    for (let i = 0; i < 10; i++)
      statuses.push((await client.submit(study.ask, { message: `${QUESTION} (${i})` })).status)
    expect(statuses).toEqual(Array(10).fill(302))
    const refused = await client.submit(study.ask, { message: `${QUESTION} (eleventh)` })
    expect(refused.status).toBe(429)
    expect(errorSummary(refused.text)).toContain('You can ask up to 10 questions a day. Try again tomorrow')
    expect(refused.text).toContain('(eleventh)') // kept to copy
    expect(emailsTo(study.contacts[0]!.email)).toHaveLength(10)
    expect(await Enquiry.countDocuments({ caseStudyId: study.id })).toBe(10)

    // Another officer is not held back.
    const other = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    expect((await other.client.submit(study.ask, { message: QUESTION })).status).toBe(302)
  })

  it('lets a contact opt out by the emailed link without signing in: a GET changes nothing, the POST does', async () => {
    const study = await caseStudyWithContacts(2)
    const officer = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    await officer.client.submit(study.ask, { message: QUESTION })
    const [first, second] = study.contacts
    const link = optOutPath(emailsTo(first!.email).at(-1))

    const contact = formClient(app) // not signed in
    const shown = await contact.get(link)
    expect(shown.status).toBe(200)
    expect(shown.headers['cache-control']).toBe('no-store')
    expect(shown.text).toContain('Stop getting questions')
    expect(shown.text).not.toContain(first!.email)
    await contact.get(link)
    expect(await EnquiryOptOut.countDocuments({ caseStudyId: study.id })).toBe(0)
    expect((await contact.agent.post(link).type('form').send({})).status).toBe(403) // CSRF stays on

    const done = await contact.submit(link, {})
    expect(done.status).toBe(200)
    expect(done.text).toContain('You will not get questions about this case study')
    expect(await EnquiryOptOut.countDocuments({ caseStudyId: study.id })).toBe(1)
    expect((await contact.get(link)).text).toContain('you have already stopped')
    expect((await contact.submit('/sign-in', {}, link)).status).toBe(200) // twice is harmless

    // The form names who is left, by name and role only; the next question goes to them alone.
    const form = await officer.client.get(study.ask)
    expect(form.text).toContain('Some of the people listed for this case study are not taking questions')
    expect(form.text).toContain(`${second!.name}, ${second!.role}`)
    expect(form.text).not.toContain(`${first!.name}, ${first!.role}`)
    expect(form.text).not.toContain(second!.email)
    const before = emailsTo(first!.email).length
    await officer.client.submit(study.ask, { message: `${QUESTION} again` })
    expect(emailsTo(first!.email)).toHaveLength(before)
    expect(emailsTo(second!.email)).toHaveLength(2)
  })

  it('sends to the council admins when every contact has opted out, and says the team is closed when there are none', async () => {
    const HARTLEPOOL = 'E06000001'
    const study = await caseStudyWithContacts(1, HARTLEPOOL)
    const officer = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    await officer.client.submit(study.ask, { message: QUESTION })
    await formClient(app).submit(optOutPath(emailsTo(study.contacts[0]!.email).at(-1)), {})

    // No council admins: not taking questions, with a link to the council's page.
    const closed = await officer.client.get(study.ask)
    expect(closed.text).toContain('not taking questions at the moment')
    expect(closed.text).toContain('href="/councils/hartlepool-borough-council"')
    expect(closed.text).not.toContain('name="message"')
    const refused = await officer.client.submit('/account', { message: QUESTION }, study.ask)
    expect(refused.status).toBe(409)
    expect(errorSummary(refused.text)).toContain('not taking questions')

    const admin = await createUser({ role: 'councilAdmin', councilCode: HARTLEPOOL })
    const form = await officer.client.get(study.ask)
    expect(form.text).toContain('so we will email yours to the council admins of Hartlepool Borough Council')
    expect(form.text).not.toContain(admin.name)
    const sent = await officer.client.submit(study.ask, { message: QUESTION })
    expect(sent.status).toBe(302)
    const [email] = emailsTo(admin.email)
    expect(email!.text).toContain('as a council admin of Hartlepool Borough Council')
    expect(rawHeader(email!, 'Reply-To')).toBe(officer.user.email)
    const confirmation = await officer.client.get(sent.headers.location as string)
    expect(confirmation.text).toContain('The council admins of Hartlepool Borough Council')
    expect(confirmation.text).not.toContain(admin.email)
  })

  it('404s an unknown or malformed opt-out token, for GET and POST', async () => {
    const visitor = formClient(app)
    for (const token of ['nope', 'a'.repeat(43), '%00', '..']) {
      expect((await visitor.get(`/enquiries/opt-out/${token}`)).status).toBe(404)
      expect((await visitor.submit('/sign-in', {}, `/enquiries/opt-out/${token}`)).status).toBe(404)
    }
  })

  it('shows the sender their question and no one else; lists it for the lead council’s publishers and admins', async () => {
    const study = await caseStudyWithContacts(1)
    const sender = await signedInClient(app, { role: 'officer', councilCode: CORNWALL, name: 'Kit Sender' })
    const sent = await sender.client.submit(study.ask, { message: `${QUESTION} listed` })
    const other = await signedInClient(app, { role: 'officer', councilCode: CORNWALL })
    expect((await other.client.get(sent.headers.location as string)).status).toBe(404)
    expect((await other.client.get('/enquiries/not-an-id')).status).toBe(404)

    for (const role of ['publisher', 'councilAdmin'] as const) {
      const leeds = await signedInClient(app, { role, councilCode: LEEDS })
      const list = await leeds.client.get('/publish/enquiries')
      expect(list.status).toBe(200)
      expect(list.text).toContain(`${QUESTION} listed`)
      expect(list.text).toContain('Kit Sender, Cornwall Council')
      expect(list.text).toContain(`href="/case-studies/${study.slug}"`)
    }
    const cornwall = await signedInClient(app, { role: 'publisher', councilCode: CORNWALL })
    const theirs = await cornwall.client.get('/publish/enquiries')
    expect(theirs.text).not.toContain(`${QUESTION} listed`)
    expect((await cornwall.client.get('/publish')).text).toContain('href="/publish/enquiries"')
    // A council admin who does not publish reaches the list from their members page.
    const leedsAdmin = await signedInClient(app, { role: 'councilAdmin', councilCode: LEEDS })
    expect((await leedsAdmin.client.get('/councils/leeds-city-council/members')).text).toContain(
      'href="/publish/enquiries"',
    )
    const curator = await signedInClient(app, { role: 'networkAdmin' })
    expect((await curator.client.get('/councils/leeds-city-council/members')).text).not.toContain(
      'href="/publish/enquiries"',
    )
    expect((await cornwall.client.get('/publish/enquiries?page=999')).status).toBe(404)
  })

  it('gives the questions asked in "download your data" and removes the sender from them when the account is deleted', async () => {
    const study = await caseStudyWithContacts(1)
    const { user, client } = await signedInClient(app, { role: 'officer', councilCode: CORNWALL, name: 'Sam Leaving' })
    expect((await client.submit(study.ask, { message: `${QUESTION} (leaving)` })).status).toBe(302)
    const download = JSON.parse((await client.get('/account/download')).text) as {
      questionsAsked: { caseStudyTitle: string; message: string }[]
    }
    expect(download.questionsAsked).toEqual([
      expect.objectContaining({ caseStudyTitle: `Ask me ${sequence}`, message: `${QUESTION} (leaving)` }),
    ])

    expect((await client.submit('/account/delete', { password: FACTORY_PASSWORD, confirm: 'yes' })).status).toBe(302)
    const kept = await Enquiry.find({ senderId: user._id }).lean()
    expect(kept).toHaveLength(1)
    expect(JSON.stringify(kept)).not.toContain('Sam Leaving')
    expect(JSON.stringify(kept)).not.toContain('(leaving)')
  })
})
