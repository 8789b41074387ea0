import { eventually } from '../helpers/eventually'
import { mkdtempSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { indexerLeaseRepository } from '../../server/data/indexerLeaseRepository'
import { IndexerLease } from '../../models/IndexerLease'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import type { SearchEngine } from '../../server/search/searchTypes'
import { createServices } from '../../server/services'
import { createIndexerLease } from '../../server/services/search/indexerLease'
import { createSearchIndexService } from '../../server/services/search/searchIndexService'
import { createSynonymService } from '../../server/services/search/synonymService'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import { searchIndexTaskRepository } from '../../server/data/searchIndexTaskRepository'
import { searchSettingRepository } from '../../server/data/searchSettingRepository'
import { VALID_SECTION_FIELDS } from '../factories/caseStudySections'
import { publishCaseStudy } from '../factories/publishedCaseStudy'
import { signedInClient } from '../helpers/formClient'
import { spawnServer, waitForOutput } from '../helpers/serverProcess'
import { createTestApp, testConfig, testLogger, testServices } from '../helpers/testApp'
import { testStoreUri, useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()
const services = testServices()
const freshDir = () => mkdtempSync(path.join(process.env.TEST_ROOT_DIR!, 'lease-'))

beforeAll(() => services.referenceData.loadCouncils())
afterEach(() => IndexerLease.deleteMany({}))

const until = (check: () => Promise<boolean> | boolean) => eventually('the lease to change hands', check)

describe('the indexer lease', () => {
  it('goes to exactly one of several processes taking over at once, and to another once it lapses', async () => {
    let now = Date.now()
    const clock = () => new Date(now)
    for (let round = 0; round < 10; round++) {
      const contenders = [1, 2, 3].map(() => createIndexerLease(indexerLeaseRepository, 1_000, clock))
      const outcomes = await Promise.all(contenders.map(lease => lease.acquire()))
      expect(outcomes.filter(outcome => outcome.acquired)).toHaveLength(1)
      const holder = contenders[outcomes.findIndex(outcome => outcome.acquired)]!
      const other = contenders.find(lease => lease !== holder)!
      expect(await holder.renew()).toBe(true)
      now += 2_000 // the holder stalls past its lease
      expect((await other.acquire()).acquired).toBe(true)
      expect(await holder.renew()).toBe(false)
      expect(holder.holds()).toBe(false)
      now += 2_000 // and the next round starts with a lapsed lease
    }
  })

  it('with a shared index (Meilisearch), a second process stands by and takes over when the first stops', async () => {
    const inMemory = new EmbeddedSearchEngine(':memory:')
    // Any engine but the embedded one keeps its index outside the process, shared by every process,
    // so one process closing its connection leaves the index open for the other.
    const shared: SearchEngine = Object.assign(Object.create(inMemory) as SearchEngine, {
      name: 'shared',
      close: () => Promise.resolve(),
    })
    const clock = () => new Date()
    const indexService = () =>
      createSearchIndexService({
        engine: shared,
        repository: caseStudyRepository,
        tasks: searchIndexTaskRepository,
        leases: indexerLeaseRepository,
        settings: searchSettingRepository,
        councils: services.councils,
        synonyms: createSynonymService({
          engine: shared,
          settings: searchSettingRepository,
          audit: services.audit,
          clock,
        }),
        clock,
        logger: testLogger,
        // Long enough that a stalled event loop on a busy machine cannot hand the lease over early;
        // the hand-over below comes from first.stop() releasing it, not from it lapsing.
        leaseMs: 5_000,
      })
    const first = indexService()
    const second = indexService()
    await first.start()
    await second.start()
    try {
      expect((await first.status()).indexing).toBe(true)
      expect((await second.status()).indexing).toBe(false)
      await first.stop()
      await until(async () => (await second.status()).indexing)
    } finally {
      await first.stop()
      await second.stop()
    }
  })

  it('with the embedded engine, a second process on the same database refuses to start, naming MEILI_URL', async () => {
    const first = createServices({ config: testConfig({ DATA_DIR: freshDir() }), logger: testLogger })
    const second = createServices({ config: testConfig({ DATA_DIR: freshDir() }), logger: testLogger })
    await first.searchIndex.start()
    try {
      await expect(second.searchIndex.start()).rejects.toThrow(/cannot be shared between processes.*MEILI_URL/)
    } finally {
      await first.searchIndex.stop()
    }
    await second.searchIndex.start() // the first let go of the lease when it stopped
    await second.searchIndex.stop()
  })
})

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

describe('two server processes on one database (embedded engine)', () => {
  it('the second refuses clearly while the first serves, and serves every change once the first has stopped', async () => {
    const env = { MONGODB_URI: `${testStoreUri()}${database.name}`, DEMO_CONTENT: 'off' }
    const [firstPort, secondPort] = [await freePort(), await freePort()]
    const first = spawnServer({ ...env, PORT: String(firstPort), DATA_DIR: freshDir() })
    try {
      await waitForOutput(first, 'Practice Exchange is serving on')
      const refused = spawnServer({ ...env, PORT: String(secondPort), DATA_DIR: freshDir() })
      expect(await refused.exited).toBe(1)
      expect(refused.output()).toMatch(/runs the search indexer for this database/)
      expect(refused.output()).toMatch(/set MEILI_URL so that every process uses one Meilisearch index/)
      expect((await fetch(`http://127.0.0.1:${firstPort}/readyz`)).status).toBe(200)
    } finally {
      first.child.kill('SIGTERM')
      expect(await first.exited).toBe(0)
    }

    const second = spawnServer({ ...env, PORT: String(secondPort), DATA_DIR: freshDir() })
    try {
      await waitForOutput(second, 'Practice Exchange is serving on')
      // Published through another app on the same database: the second process's indexer applies it.
      const app = createTestApp(services)
      const publisher = (await signedInClient(app, { role: 'publisher', councilCode: 'E08000035' })).client
      const curator = (await signedInClient(app, { role: 'networkAdmin' })).client
      await publishCaseStudy(publisher, curator, {
        'title-and-summary': { ...VALID_SECTION_FIELDS['title-and-summary'], title: 'Tapir riverside clean-up' },
      })
      await until(async () => {
        const page = await (await fetch(`http://127.0.0.1:${secondPort}/case-studies?q=tapir`)).text()
        return /id="result-count"[^>]*>1 case study</.test(page)
      })
    } finally {
      second.child.kill('SIGTERM')
      expect(await second.exited).toBe(0)
    }
  })
})
