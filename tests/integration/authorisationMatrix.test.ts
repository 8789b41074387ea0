import { randomBytes } from 'node:crypto'
import type { Express } from 'express'
import { Collection } from '../../models/Collection'
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

let leedsDraftId = ''
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
