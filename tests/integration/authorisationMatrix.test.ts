import { randomBytes } from 'node:crypto'
import { Types } from 'mongoose'
import type { Express } from 'express'
import { Collection } from '../../models/Collection'
import { Enquiry } from '../../models/Enquiry'
import { enquiryRepository } from '../../server/data/enquiryRepository'
import { newLinkToken } from '../../server/services/tokens'
import { declarationRepository } from '../../server/data/declarationRepository'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { FACTORY_PASSWORD, createUser, type Role } from '../factories/userFactory'
import { formClient, type FormClient } from '../helpers/formClient'
import { createTestApp, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const LEEDS = { code: 'E08000035', slug: 'leeds-city-council' }
const CORNWALL = { code: 'E06000052', slug: 'cornwall-council' }

type Actor =
  | 'visitor'
  | 'unverified'
  | 'officerA'
  | 'publisherA'
  | 'publisherB'
  | 'councilAdminA'
  | 'councilAdminB'
  | 'networkAdmin'
const ACTORS: Record<Exclude<Actor, 'visitor'>, { role: Role; councilCode?: string }> = {
  unverified: { role: 'unverified' },
  officerA: { role: 'officer', councilCode: LEEDS.code },
  publisherA: { role: 'publisher', councilCode: LEEDS.code },
  publisherB: { role: 'publisher', councilCode: CORNWALL.code },
  councilAdminA: { role: 'councilAdmin', councilCode: LEEDS.code },
  councilAdminB: { role: 'councilAdmin', councilCode: CORNWALL.code },
  networkAdmin: { role: 'networkAdmin' },
}

type RouteRequest = { path: string; formPath?: string; fields?: Record<string, string> }

type Route = {
  name: string
  method: 'GET' | 'POST'
  /** Builds the path and form fields; may create the record the request acts on. */
  request: () => RouteRequest | Promise<RouteRequest>
  allowed: Actor[]
  /** What everyone else signed in gets: 403, or 404 where even existence is private. */
  deniedStatus?: 403 | 404
}

const SIGNED_IN: Actor[] = [
  'unverified',
  'officerA',
  'publisherA',
  'publisherB',
  'councilAdminA',
  'councilAdminB',
  'networkAdmin',
]
const VERIFIED: Actor[] = SIGNED_IN.filter(actor => actor !== 'unverified')
const LEEDS_MANAGERS: Actor[] = ['councilAdminA', 'networkAdmin']
const LEEDS_EDITORS: Actor[] = ['publisherA', 'networkAdmin']
// Officers of any council but the one that published the case study (network admins belong to none).
const COUNCIL_MEMBERS: Actor[] = ['officerA', 'publisherA', 'publisherB', 'councilAdminA', 'councilAdminB']
const MANCHESTER = 'E08000003'

let leedsDraftId = ''
let leedsPublishedId = ''
let leedsCaseStudySlug = ''
// Verified officers of a council: who may ask a case study's team.
const OFFICERS = COUNCIL_MEMBERS

/** An enquiry sent by someone outside the matrix: only its sender may see it. */
async function someoneElsesEnquiry(): Promise<string> {
  const enquiry = await Enquiry.create({
    caseStudyId: 'matrix',
    caseStudyTitle: 'Matrix',
    councilCode: LEEDS.code,
    senderId: (await createUser({ role: 'officer' }))._id,
    senderName: 'Someone else',
    senderCouncilCode: LEEDS.code,
    message: 'A question from someone else.',
    routedTo: 'contacts',
    sentAt: new Date(),
    day: '2026-06-01',
  })
  return enquiry._id.toString()
}

/** A contact's opt-out link of its own, as an enquiry email carries: anyone holding it may use it. */
async function optOutLink(): Promise<string> {
  const { token, hash } = newLinkToken()
  await enquiryRepository.insertOptOutLink({
    _id: hash,
    caseStudyId: 'matrix',
    optOutId: `matrix:${hash}`,
    contactName: 'A Contact',
    createdAt: new Date(),
  })
  return `/enquiries/opt-out/${token}`
}

let manchesterSlug = ''
let leedsSlug = ''

/** A Manchester case study that Leeds and Cornwall have both said they adopted. */
async function adoptedByBoth(): Promise<string> {
  const { id, slug } = await createPublishedCaseStudy({ councilCode: MANCHESTER })
  for (const councilCode of [LEEDS.code, CORNWALL.code]) {
    const by = new Types.ObjectId()
    await declarationRepository.declare({
      caseStudyId: id,
      councilCode,
      status: 'adopted',
      note: '',
      by,
      at: new Date(),
    })
  }
  return slug
}
let publishedId = ''
let someoneElsesSearch = ''
let unsubscribeToken = ''

/** A collection of its own for each request, so a delete or a removal by one actor leaves the next one's. */
async function newCollection(): Promise<string> {
  const slug = `matrix-${randomBytes(4).toString('hex')}`
  await Collection.create({ _id: slug, title: 'Matrix', caseStudyIds: ['first-id', 'second-id'] })
  return slug
}
const collectionAction =
  (action: string, fields: Record<string, string> = {}) =>
  async () => ({
    path: `/admin/collections/${await newCollection()}${action}`,
    formPath: '/account',
    fields,
  })

// The matrix is data: a new protected route joins by adding a row.
const ROUTES: Route[] = [
  { name: 'your account', method: 'GET', request: () => ({ path: '/account' }), allowed: SIGNED_IN },
  {
    name: 'change name form',
    method: 'GET',
    request: () => ({ path: '/account/change-name' }),
    allowed: SIGNED_IN,
  },
  {
    name: 'change password form',
    method: 'GET',
    request: () => ({ path: '/account/change-password' }),
    allowed: SIGNED_IN,
  },
  {
    name: 'download your data',
    method: 'GET',
    request: () => ({ path: '/account/download' }),
    allowed: SIGNED_IN,
  },
  {
    name: 'delete account form',
    method: 'GET',
    request: () => ({ path: '/account/delete' }),
    allowed: SIGNED_IN,
  },
  {
    name: 'join a council form',
    method: 'GET',
    request: () => ({ path: '/account/council' }),
    allowed: VERIFIED,
  },
  {
    name: 'Leeds members',
    method: 'GET',
    request: () => ({ path: `/councils/${LEEDS.slug}/members` }),
    allowed: LEEDS_MANAGERS,
  },
  {
    name: 'approve a Leeds request',
    method: 'POST',
    request: async () => {
      const pending = await createUser({ role: 'officer', councilCode: LEEDS.code, pending: true })
      return {
        path: `/councils/${LEEDS.slug}/members/${pending._id.toString()}/decision`,
        formPath: '/account',
        fields: { decision: 'approve' },
      }
    },
    allowed: LEEDS_MANAGERS,
  },
  {
    name: 'make a Leeds officer a publisher',
    method: 'POST',
    request: async () => {
      const officer = await createUser({ role: 'officer', councilCode: LEEDS.code })
      return {
        path: `/councils/${LEEDS.slug}/members/${officer._id.toString()}/roles`,
        formPath: '/account',
        fields: { isPublisher: 'yes' },
      }
    },
    allowed: LEEDS_MANAGERS,
  },
  { name: 'users list', method: 'GET', request: () => ({ path: '/admin/users' }), allowed: ['networkAdmin'] },
  { name: 'import page', method: 'GET', request: () => ({ path: '/admin/import' }), allowed: ['networkAdmin'] },
  {
    name: 'disable a user',
    method: 'POST',
    request: async () => {
      const target = await createUser({ role: 'officer' })
      return {
        path: `/admin/users/${target._id.toString()}/status`,
        formPath: '/account',
        fields: { status: 'disabled' },
      }
    },
    allowed: ['networkAdmin'],
  },
  {
    name: 'council email domains',
    method: 'GET',
    request: () => ({ path: `/admin/councils/${LEEDS.slug}/email-domains` }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'add a council email domain',
    method: 'POST',
    request: () => ({
      path: `/admin/councils/${LEEDS.slug}/email-domains`,
      formPath: '/account',
      fields: { domain: 'leeds.example' },
    }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'curators’ collections',
    method: 'GET',
    request: () => ({ path: '/admin/collections' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'new collection form',
    method: 'GET',
    request: () => ({ path: '/admin/collections/new' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'create a collection',
    method: 'POST',
    request: () => ({ path: '/admin/collections/new', formPath: '/account', fields: { title: 'Matrix collection' } }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'a collection’s curator page',
    method: 'GET',
    request: async () => ({ path: `/admin/collections/${await newCollection()}` }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'the featured list’s curator page',
    method: 'GET',
    request: () => ({ path: '/admin/collections/featured' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'rename a collection',
    method: 'POST',
    request: collectionAction('/details', { title: 'Renamed' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'add to a collection',
    method: 'POST',
    request: async () => {
      const { slug } = await createPublishedCaseStudy()
      return collectionAction('/case-studies', { reference: slug })()
    },
    allowed: ['networkAdmin'],
  },
  {
    name: 'reorder a collection',
    method: 'POST',
    request: collectionAction('/case-studies/second-id/move', { direction: 'up' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'remove from a collection',
    method: 'POST',
    request: collectionAction('/case-studies/first-id/remove'),
    allowed: ['networkAdmin'],
  },
  {
    name: 'delete a collection form',
    method: 'GET',
    request: async () => ({ path: `/admin/collections/${await newCollection()}/delete` }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'delete a collection',
    method: 'POST',
    request: collectionAction('/delete'),
    allowed: ['networkAdmin'],
  },
  {
    name: 'publishing dashboard',
    method: 'GET',
    request: () => ({ path: '/publish' }),
    allowed: ['publisherA', 'publisherB'],
  },
  {
    name: 'start a case study form',
    method: 'GET',
    request: () => ({ path: '/publish/case-studies/new' }),
    allowed: ['publisherA', 'publisherB'],
  },
  {
    name: 'start a case study',
    method: 'POST',
    request: () => ({ path: '/publish/case-studies/new', formPath: '/account', fields: { title: 'Matrix test' } }),
    allowed: ['publisherA', 'publisherB'],
  },
  {
    name: 'a Leeds draft task list',
    method: 'GET',
    request: () => ({ path: `/publish/case-studies/${leedsDraftId}` }),
    allowed: LEEDS_EDITORS,
    deniedStatus: 404,
  },
  {
    name: 'a Leeds draft section save',
    method: 'POST',
    request: () => ({
      path: `/publish/case-studies/${leedsDraftId}/sections/lessons`,
      formPath: '/account',
      fields: { lessons: 'x', action: 'save' },
    }),
    allowed: LEEDS_EDITORS,
    deniedStatus: 404,
  },
  {
    name: 'a Leeds draft preview',
    method: 'GET',
    request: () => ({ path: `/publish/case-studies/${leedsDraftId}/preview` }),
    allowed: LEEDS_EDITORS,
    deniedStatus: 404,
  },
  {
    name: 'a Leeds draft history',
    method: 'GET',
    request: () => ({ path: `/publish/case-studies/${leedsDraftId}/history` }),
    allowed: LEEDS_EDITORS,
    deniedStatus: 404,
  },
  {
    name: 'a Leeds draft file upload page',
    method: 'GET',
    request: () => ({ path: `/publish/case-studies/${leedsDraftId}/files/upload` }),
    allowed: LEEDS_EDITORS,
    deniedStatus: 404,
  },
  {
    name: 'a Leeds case study’s review-outcomes page',
    method: 'GET',
    request: () => ({ path: `/publish/case-studies/${leedsPublishedId}/review-outcomes` }),
    allowed: ['publisherA', 'councilAdminA'],
    deniedStatus: 404,
  },
  {
    name: 'confirm a Leeds case study’s outcomes',
    method: 'POST',
    request: () => ({ path: `/publish/case-studies/${leedsPublishedId}/review-outcomes`, formPath: '/account' }),
    allowed: ['publisherA', 'councilAdminA'],
    deniedStatus: 404,
  },
  {
    name: 'case studies not reviewed for 2 years',
    method: 'GET',
    request: () => ({ path: '/admin/case-studies/not-reviewed' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'every council’s members (admin councils page)',
    method: 'GET',
    request: () => ({ path: '/admin/councils?q=leeds' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'approve a request from the users page',
    method: 'POST',
    request: async () => {
      const pending = await createUser({ role: 'officer', councilCode: CORNWALL.code, pending: true })
      return {
        path: `/admin/users/${pending._id.toString()}/membership-decision`,
        formPath: '/account',
        fields: { decision: 'approve' },
      }
    },
    allowed: ['networkAdmin'],
  },
  {
    name: 'ask the team form',
    method: 'GET',
    request: () => ({ path: `/case-studies/${leedsCaseStudySlug}/ask` }),
    allowed: OFFICERS,
  },
  {
    name: 'ask the team',
    method: 'POST',
    request: () => ({
      path: `/case-studies/${leedsCaseStudySlug}/ask`,
      formPath: '/account',
      fields: { message: 'A question for the authorisation matrix.' },
    }),
    allowed: OFFICERS,
  },
  {
    name: 'someone else’s sent question',
    method: 'GET',
    request: async () => ({ path: `/enquiries/${await someoneElsesEnquiry()}` }),
    allowed: [],
    deniedStatus: 404,
  },
  {
    name: 'saved case studies and searches',
    method: 'GET',
    request: () => ({ path: '/account/saved' }),
    allowed: VERIFIED,
  },
  {
    name: 'save a case study',
    method: 'POST',
    request: () => ({
      path: '/account/saved/case-studies',
      formPath: '/account',
      fields: { caseStudyId: publishedId },
    }),
    allowed: VERIFIED,
  },
  {
    name: 'remove a saved case study',
    method: 'POST',
    request: () => ({ path: `/account/saved/case-studies/${publishedId}/remove`, formPath: '/account' }),
    allowed: VERIFIED,
  },
  {
    name: 'choose alerts for saved case studies',
    method: 'POST',
    request: () => ({
      path: '/account/saved/case-studies/alerts',
      formPath: '/account',
      fields: { frequency: 'weekly' },
    }),
    allowed: VERIFIED,
  },
  {
    name: 'save a search',
    method: 'POST',
    request: () => ({ path: '/account/saved/searches', formPath: '/account', fields: { query: 'q=parks' } }),
    allowed: VERIFIED,
  },
  {
    name: "choose alerts for someone else's saved search",
    method: 'POST',
    request: () => ({
      path: `/account/saved/searches/${someoneElsesSearch}/alerts`,
      formPath: '/account',
      fields: { frequency: 'daily' },
    }),
    allowed: [],
    deniedStatus: 404,
  },
  {
    name: 'questions about your council’s case studies',
    method: 'GET',
    request: () => ({ path: '/publish/enquiries' }),
    allowed: ['publisherA', 'publisherB', 'councilAdminA', 'councilAdminB'],
  },
  {
    name: 'a contact’s opt-out page',
    method: 'GET',
    request: async () => ({ path: await optOutLink() }),
    allowed: ['visitor', ...SIGNED_IN],
  },
  {
    name: 'a contact opting out',
    method: 'POST',
    request: async () => ({ path: await optOutLink(), formPath: '/account' }),
    allowed: ['visitor', ...SIGNED_IN],
  },
  {
    name: 'a case study’s family tree',
    method: 'GET',
    request: () => ({ path: `/case-studies/${manchesterSlug}/lineage` }),
    allowed: ['visitor', ...SIGNED_IN],
  },
  {
    name: 'declaration form on another council’s case study',
    method: 'GET',
    request: () => ({ path: `/case-studies/${manchesterSlug}/declaration` }),
    allowed: COUNCIL_MEMBERS,
  },
  {
    name: 'declare on another council’s case study',
    method: 'POST',
    request: () => ({
      path: `/case-studies/${manchesterSlug}/declaration`,
      formPath: '/account',
      fields: { status: 'exploring', note: 'Matrix' },
    }),
    allowed: COUNCIL_MEMBERS,
  },
  {
    name: 'withdraw a declaration',
    method: 'POST',
    request: async () => ({
      path: `/case-studies/${await adoptedByBoth()}/declaration/withdraw`,
      formPath: '/account',
    }),
    allowed: COUNCIL_MEMBERS,
  },
  {
    name: 'publish your version of an adopted case study',
    method: 'POST',
    request: async () => ({
      path: `/case-studies/${await adoptedByBoth()}/declaration/publish-your-version`,
      formPath: '/account',
    }),
    allowed: ['publisherA', 'publisherB'],
  },
  {
    name: 'declaration form on a Leeds case study',
    method: 'GET',
    request: () => ({ path: `/case-studies/${leedsSlug}/declaration` }),
    allowed: ['publisherB', 'councilAdminB'],
  },
  {
    name: 'declare on a Leeds case study',
    method: 'POST',
    request: () => ({
      path: `/case-studies/${leedsSlug}/declaration`,
      formPath: '/account',
      fields: { status: 'adopted' },
    }),
    allowed: ['publisherB', 'councilAdminB'],
  },
  {
    name: "remove someone else's saved search",
    method: 'POST',
    request: () => ({ path: `/account/saved/searches/${someoneElsesSearch}/remove`, formPath: '/account' }),
    allowed: [],
    deniedStatus: 404,
  },
  // The signed token in the address is the authority: anyone holding the emailed link, signed in or not.
  {
    name: 'unsubscribe page',
    method: 'GET',
    request: () => ({ path: `/alerts/unsubscribe/${unsubscribeToken}` }),
    allowed: ['visitor', ...SIGNED_IN],
  },
  {
    name: 'unsubscribe',
    method: 'POST',
    request: () => ({ path: `/alerts/unsubscribe/${unsubscribeToken}`, formPath: '/account' }),
    allowed: ['visitor', ...SIGNED_IN],
  },
  { name: 'review queue', method: 'GET', request: () => ({ path: '/review' }), allowed: ['networkAdmin'] },
  {
    name: 'Leeds dashboard',
    method: 'GET',
    request: () => ({ path: `/councils/${LEEDS.slug}/dashboard` }),
    allowed: ['publisherA', 'councilAdminA', 'networkAdmin'],
  },
  {
    name: 'Leeds dashboard for another period',
    method: 'GET',
    request: () => ({ path: `/councils/${LEEDS.slug}/dashboard?weeks=52` }),
    allowed: ['publisherA', 'councilAdminA', 'networkAdmin'],
  },
  {
    name: 'network dashboard',
    method: 'GET',
    request: () => ({ path: '/admin/dashboard' }),
    allowed: ['networkAdmin'],
  },
  {
    name: 'review a case study',
    method: 'GET',
    request: () => ({ path: `/review/${leedsDraftId}` }),
    allowed: ['networkAdmin'],
  },
]

describe('authorisation matrix: every protected route × every role', () => {
  let app: Express
  const clients = new Map<Actor, FormClient>()

  beforeAll(async () => {
    const services = testServices()
    await services.referenceData.loadCouncils()
    app = createTestApp(services)
    const leedsPublisher = await createUser({ role: 'publisher', councilCode: LEEDS.code })
    leedsDraftId = (
      await services.caseStudyEditing.create(leedsPublisher, 'A Leeds draft', { actorId: null, ip: null })
    )._id.toString()
    leedsPublishedId = (await createPublishedCaseStudy({ councilCode: LEEDS.code })).id
    leedsCaseStudySlug = (await createPublishedCaseStudy()).slug
    manchesterSlug = (await createPublishedCaseStudy({ councilCode: MANCHESTER })).slug
    leedsSlug = (await createPublishedCaseStudy({ councilCode: LEEDS.code })).slug
    publishedId = (await createPublishedCaseStudy()).id
    await services.searchIndex.reindex()
    const searcher = await createUser({ role: 'officer' })
    await services.follows.saveSearch(searcher, 'q=allotments')
    someoneElsesSearch = (await services.follows.savedBy(searcher)).searches[0]!._id
    unsubscribeToken = await services.unsubscribeTokens.sign(someoneElsesSearch)
    clients.set('visitor', formClient(app))
    for (const [actor, options] of Object.entries(ACTORS) as [Actor, { role: Role; councilCode?: string }][]) {
      const user = await createUser(options)
      const client = formClient(app)
      const res = await client.submit('/sign-in', { email: user.email, password: FACTORY_PASSWORD })
      if (res.status !== 302) throw new Error(`could not sign in ${actor}`)
      clients.set(actor, client)
    }
  })

  const cases = ROUTES.flatMap(route =>
    (['visitor', ...SIGNED_IN] as Actor[]).map(actor => [route.method, route.name, actor, route] as const),
  )

  it.each(cases)('%s %s as %s', async (method, _name, actor, route) => {
    const client = clients.get(actor)!
    const { path, formPath, fields = {} } = await route.request()
    let res
    if (method === 'GET') res = await client.get(path)
    else if (actor === 'visitor') res = await client.submit('/sign-in', fields, path)
    else res = await client.submit(formPath ?? path, fields, path)

    if (route.allowed.includes(actor)) {
      expect([200, 302]).toContain(res.status)
      if (res.status === 302) expect(res.headers.location).not.toBe('/sign-in')
    } else if (actor === 'visitor') {
      expect(res.status).toBe(302)
      expect(res.headers.location).toBe('/sign-in')
    } else if (route.deniedStatus === 404 && actor !== 'unverified') {
      expect(res.status).toBe(404)
    } else {
      expect(res.status).toBe(403)
      expect(res.text).toMatch(/You do not have permission|Confirm your email address first/)
    }
  })

  it('hides a member of another council behind 404, even from that council admin guessing ids', async () => {
    const cornwallPending = await createUser({ role: 'officer', councilCode: CORNWALL.code, pending: true })
    const res = await clients
      .get('councilAdminA')!
      .submit(
        '/account',
        { decision: 'approve' },
        `/councils/${LEEDS.slug}/members/${cornwallPending._id.toString()}/decision`,
      )
    expect(res.status).toBe(404)
  })
})
