import { randomBytes } from 'node:crypto'
import { loadConfig } from '../../server/config'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import { userRepository } from '../../server/data/userRepository'
import { createLogger } from '../../server/logger'
import { paths } from '../../server/paths'
import { createServices } from '../../server/services'
import { createCorpusLoader } from '../corpus/corpusLoader'
import { corpusCaseStudies } from '../corpus/corpusGenerator'
import { corpusSearchDocuments } from '../corpus/corpusSearchDocuments'
import { hashPassword } from '../../server/services/passwords'
import { readCouncilReferenceData } from '../../server/services/referenceData/councilReferenceData'
import { seededRandom } from '../../server/demo/random'
import { openStore } from '../../server/store/openStore'
import { QUERY_TYPES, queryGenerator, queryMix } from './queryMix'

export type Account = { email: string; councilCode: string }

/** What the traffic needs to know about the catalogue and accounts made for it. */
export type LoadPlan = {
  password: string
  /** Officers who only sign in and out. */
  officers: Account[]
  /** Publishers of a council each, one per publishing visitor. */
  publishers: Account[]
  /** Search page paths: the search benchmark's query types, with facet filters and later pages. */
  searches: string[]
  /** Case study page paths. */
  caseStudies: string[]
  /** Case studies published: the demo catalogue plus the generated corpus. */
  published: number
}

export type SetupOptions = { corpus: number; seed: number; officers: number; publishers: number }

const SEARCH_PATHS = 3000
const CASE_STUDY_PATHS = 2000
const BATCH_SIZE = 1000

/**
 * Fills a new data folder as the server will find it: the demo catalogue (published into the empty
 * store, as `npm start` does), then the generated corpus, then accounts with a password this run
 * made up. Opens the embedded store itself and closes it before the server starts.
 */
export async function prepareDataDir(dataDir: string, options: SetupOptions): Promise<LoadPlan> {
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DEMO_CONTENT: 'on',
  })
  const logger = createLogger('warn')
  const store = await openStore(config, logger)
  try {
    const services = createServices({ config, logger })
    await services.referenceData.loadCouncils()
    const demo = await services.demoContent.seedIfEmpty()
    const councils = readCouncilReferenceData()
    const corpus = { seed: options.seed, count: options.corpus }
    const started = performance.now()
    const loaded = await createCorpusLoader(caseStudyRepository, services.audit).load(
      { ...corpus, caseStudies: () => corpusCaseStudies({ ...corpus, councils }) },
      {
        batchSize: BATCH_SIZE,
        onBatch: (done, total) =>
          console.log(
            `  loaded ${done} of ${total} case studies (${((performance.now() - started) / 1000).toFixed(0)} s)`,
          ),
      },
    )

    const password = randomBytes(18).toString('base64url')
    const passwordHash = await hashPassword(password)
    const random = seededRandom(options.seed)
    const account = async (kind: 'officer' | 'publisher', index: number): Promise<Account> => {
      const councilCode = councils[(index * 7) % councils.length]!.gssCode
      const email = `load-${kind}-${index}@example.org`
      const user = await userRepository.insert({ email, name: `Load ${kind} ${index}`, passwordHash })
      if (!user) throw new Error(`${email} exists already: the data folder was not new`)
      const now = new Date()
      await userRepository.setMembership(
        user._id,
        {
          councilCode,
          status: 'active',
          via: 'admin',
          isPublisher: kind === 'publisher',
          isCouncilAdmin: false,
          requestedAt: now,
          decidedAt: now,
          decidedBy: null,
        },
        { emailVerifiedAt: now },
      )
      return { email, councilCode }
    }
    const officers = await Promise.all(
      Array.from({ length: options.officers }, (_, index) => account('officer', index)),
    )
    const publishers = await Promise.all(
      Array.from({ length: options.publishers }, (_, index) => account('publisher', index)),
    )

    // Queries drawn from the corpus's own words and facet values, as bench:search draws them.
    const documents = corpusSearchDocuments(corpus)
    const next = queryGenerator(queryMix(documents, options.seed), options.seed)
    const searches = Array.from({ length: SEARCH_PATHS }, (_, index) => {
      const { text, filters } = next(QUERY_TYPES[index % QUERY_TYPES.length]!)
      const params = new URLSearchParams({ q: text })
      for (const [facet, values] of Object.entries(filters)) for (const value of values) params.append(facet, value)
      // Some people look past the first page.
      if (random.next() < 0.15) params.set('page', String(random.int(2, 4)))
      return `${paths.caseStudies.list()}?${params.toString()}`
    })
    const caseStudies = Array.from({ length: CASE_STUDY_PATHS }, () =>
      paths.caseStudies.show(random.pick(documents).slug),
    )
    return { password, officers, publishers, searches, caseStudies, published: demo + loaded }
  } finally {
    await store.close()
  }
}
