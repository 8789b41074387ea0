import { testServices } from '../helpers/testApp'
import { useTestDatabase } from '../helpers/testDatabase'

// Questions a newcomer types into the demo catalogue, as officers ask them, through the real
// search service and embedded engine: each must bring the case study it asks about into the top 3.

useTestDatabase()

const services = testServices()

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  await services.demoContent.seedIfEmpty()
  await services.searchIndex.ready()
})

const QUESTIONS: [string, RegExp][] = [
  ['how did councils make council tax support easier to claim', /council tax support/i],
  ['how do councils help lonely older people make friends', /lonel|isolat/i],
  ['what works for getting young people into jobs', /young people into jobs|youth employment/i],
  ['can we speed up adaptations for disabled residents', /home adaptations/i],
  ['ways to stop people dumping rubbish in back lanes', /back lanes|fly-tipping/i],
  ['energy efficiency', /retrofit/i],
  ['falls', /\bfalls\b/i],
  ['well-being', /wellbeing/i],
]

describe('questions about the demo catalogue', () => {
  it.each(QUESTIONS)('"%s" finds a case study titled for it in the top 3', async (question, title) => {
    const { hits } = await services.search.search({
      text: question,
      filters: {},
      sort: 'relevance',
      page: 1,
      likeBy: 'global',
    })
    const topTitles = hits.slice(0, 3).map(hit => hit.document.title)
    expect(topTitles.filter(found => title.test(found))).not.toEqual([])
  })
})
