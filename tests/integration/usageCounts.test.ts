import request from 'supertest'
import { Types } from 'mongoose'
import { PageViewCount } from '../../models/PageViewCount'
import { SearchCount } from '../../models/SearchCount'
import { usageCountRepository } from '../../server/data/usageCountRepository'
import { createPublishedCaseStudy } from '../factories/caseStudyFactory'
import { signedInClient } from '../helpers/formClient'
import { createTestApp, testClock, testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

useTestDatabase()

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
// 23:30 UTC on 1 July is already 2 July in the UK (BST): the count belongs to the UK day.
const clock = testClock(new Date('2026-07-01T23:30:00Z'))
const services = testServices({}, clock)
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  app = createTestApp(services)
  await services.referenceData.loadCouncils()
  await services.searchIndex.ready()
})

const viewsOf = async (id: string) => {
  await services.usage.flush()
  return (await PageViewCount.find({ caseStudyId: id }).lean()).map(({ _id, day, count }) => ({ _id, day, count }))
}
const read = (path: string, headers: Record<string, string> = {}) =>
  request(app)
    .get(path)
    .set({ 'User-Agent': BROWSER, ...headers })

describe('page views of case studies', () => {
  it('counts each GET of a published page by a browser once, by UK day, keyed by case study and day', async () => {
    const { id, slug } = await createPublishedCaseStudy()
    expect((await read(`/case-studies/${slug}`)).status).toBe(200)
    expect((await read(`/case-studies/${slug}`)).status).toBe(200)
    expect(await viewsOf(id)).toEqual([{ _id: `${id}:2026-07-02`, day: '2026-07-02', count: 2 }])
  })

  it('does not count bots, previews, prefetches, HEAD, redirects, drafts or missing pages', async () => {
    const { id, slug } = await createPublishedCaseStudy()
    const notCounted = [
      await request(app).get(`/case-studies/${slug}`),
      await read(`/case-studies/${slug}`, { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }),
      await read(`/case-studies/${slug}`, { 'User-Agent': 'Slackbot-LinkExpanding 1.0' }),
      await read(`/case-studies/${slug}`, { 'User-Agent': 'curl/8.5.0' }),
      await read(`/case-studies/${slug}`, { Purpose: 'prefetch' }),
      await read(`/case-studies/${slug}`, { 'Sec-Purpose': 'prefetch;prerender' }),
      await request(app).head(`/case-studies/${slug}`).set('User-Agent', BROWSER),
      await read(`/case-studies/${slug}-not-there`),
    ]
    expect(notCounted.map(res => res.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 404])
    expect(await viewsOf(id)).toEqual([])

    const { client } = await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })
    const started = await client.submit('/publish/case-studies/new', { title: 'A draft nobody can read' })
    const draftId = (started.headers.location as string).split('/').pop()!
    await client.agent.get(`/publish/case-studies/${draftId}/preview`).set('User-Agent', BROWSER)
    expect(await viewsOf(draftId)).toEqual([])
  })

  it('neither sets nor needs a cookie to count: two cookieless readers are two views', async () => {
    const { id, slug } = await createPublishedCaseStudy()
    const first = await read(`/case-studies/${slug}`)
    await read(`/case-studies/${slug}`, { Cookie: 'practice-exchange.csrf=made-up' })
    expect(first.headers['set-cookie']).toBeUndefined()
    expect(await viewsOf(id)).toEqual([expect.objectContaining({ count: 2 })])
    const stored = await PageViewCount.findById(`${id}:2026-07-02`).lean()
    expect(Object.keys(stored!).sort()).toEqual(['_id', 'caseStudyId', 'count', 'day'])
  })

  it('a failing store never fails the page: the counts are dropped and logged', async () => {
    const { slug } = await createPublishedCaseStudy()
    const addViews = jest.spyOn(usageCountRepository, 'addViews').mockRejectedValueOnce(new Error('store down'))
    expect((await read(`/case-studies/${slug}`)).status).toBe(200)
    await expect(services.usage.flush()).resolves.toBeUndefined()
    expect(addViews).toHaveBeenCalled()
    addViews.mockRestore()
  })
})

describe('searches counted for the network dashboard', () => {
  const dayTotals = async () => {
    await services.usage.flush()
    const day = await SearchCount.findById('2026-07-02').lean()
    return { searches: day?.searches ?? 0, zeroResults: day?.zeroResults ?? 0 }
  }
  const queryCount = async (query: string) =>
    (await SearchCount.find({ query }).lean()).map(({ _id, searches, zeroResults }) => ({
      _id: _id.replace(/:[0-9a-f]{24}$/, ':hash'),
      searches,
      zeroResults,
    }))

  it('counts typed searches and those that found nothing, by scrubbed lower-case query, but not pages 2+, bots, empty or curators’ searches', async () => {
    await createPublishedCaseStudy({ title: 'Warm homes grant outreach' })
    await services.searchIndex.reindex()
    const before = await dayTotals()
    await read('/case-studies?q=Warm+Homes')
    await read('/case-studies?q=warm%20%20homes')
    await read('/case-studies?q=zzqx+nothing+ever+matches+07700+900123')
    await read('/case-studies?q=warm+homes&page=2')
    await read('/case-studies?q=warm+homes', { 'User-Agent': 'bingbot/2.0' })
    await read('/case-studies')
    const curator = (await signedInClient(app, { role: 'networkAdmin' })).client
    await curator.agent.get('/case-studies?q=warm+homes').set('User-Agent', BROWSER)

    expect(await dayTotals()).toEqual({ searches: before.searches + 3, zeroResults: before.zeroResults + 1 })
    expect(await queryCount('warm homes')).toEqual([{ _id: '2026-07-02:hash', searches: 2, zeroResults: 0 }])
    expect(await queryCount('zzqx nothing ever matches [phone]')).toEqual([
      { _id: '2026-07-02:hash', searches: 1, zeroResults: 1 },
    ])
    expect(await SearchCount.countDocuments({ query: /07700/ })).toBe(0)
  })

  it('counts a visitor’s search answered from the kept page as often as it is asked, and a bot’s never', async () => {
    await createPublishedCaseStudy({ title: 'Community fridge network' })
    await services.searchIndex.reindex()
    const before = await dayTotals()
    for (let i = 0; i < 3; i++) await read('/case-studies?q=community+fridge')
    await read('/case-studies?q=community+fridge', { 'User-Agent': 'bingbot/2.0' })
    await read('/case-studies?q=community+fridge&page=2')
    expect(await dayTotals()).toEqual({ searches: before.searches + 3, zeroResults: before.zeroResults })
    expect(await queryCount('community fridge')).toEqual([{ _id: '2026-07-02:hash', searches: 3, zeroResults: 0 }])
  })

  it('adds up a query’s days for the top queries', async () => {
    const other = new Types.ObjectId().toString()
    await usageCountRepository.addSearches(
      [],
      [
        { day: '2020-01-01', key: other, query: 'top query test', searches: 2, zeroResults: 1 },
        { day: '2020-01-02', key: other, query: 'top query test', searches: 3, zeroResults: 0 },
        { day: '2019-12-31', key: other, query: 'top query test', searches: 50, zeroResults: 0 },
      ],
    )
    const top = await usageCountRepository.topQueriesSince('2020-01-01', 1000)
    expect(top.find(row => row.query === 'top query test')).toEqual({
      query: 'top query test',
      searches: 5,
      zeroResults: 1,
    })
  })
})
