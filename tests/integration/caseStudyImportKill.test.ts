import { spawn } from 'node:child_process'
import path from 'node:path'
import { CaseStudy, type CaseStudyRecord } from '../../models/CaseStudy'
import { CaseStudyExternalId } from '../../models/CaseStudyExternalId'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import { writeCorpusFile } from '../../scripts/bench/exchange/corpusFile'
import { eventually } from '../helpers/eventually'
import { childEnvironment } from '../helpers/meiliTestIndex'
import { runScript } from '../helpers/runScript'
import { testDataDir, testServices } from '../helpers/testApp'
import { testStoreUri, useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()
const services = testServices()
const COUNT = 3_000
// A limit for the whole journey (two imports of 3,000 and reading every case study back) on a shared machine.
const JOURNEY_MS = 600_000
const file = path.join(testDataDir, 'corpus.csv')

beforeAll(async () => {
  await services.referenceData.loadCouncils()
  writeCorpusFile(file, { count: COUNT, seed: 42, format: 'csv' })
})
afterAll(() => services.searchIndex.stop())

describe('an import killed part way', () => {
  it(
    'finishes on a second run: every row in once, none half-written, the index in step',
    async () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'import.ts'), file],
        {
          cwd: PROJECT_ROOT,
          stdio: 'ignore',
          env: childEnvironment({
            NODE_ENV: 'test',
            MONGODB_URI: `${testStoreUri()}${database.name}`,
            DATA_DIR: testDataDir,
          }),
        },
      )
      const exited = new Promise(resolve => child.once('exit', (_code, signal) => resolve(signal)))
      // Killed once the writing has started: some case studies stored, not all.
      await eventually(
        'the first case studies to be written',
        async () => (await CaseStudy.estimatedDocumentCount()) > 0,
        {
          timeoutMs: 120_000,
        },
      )
      child.kill('SIGKILL')
      expect(await exited).toBe('SIGKILL')
      const atKill = await CaseStudy.countDocuments()
      expect(atKill).toBeGreaterThan(0)
      expect(atKill).toBeLessThan(COUNT)

      const rerun = runScript('import.ts', database.name, file)
      expect(rerun.status).toBe(0)
      // The store may finish an insert the killed process had sent: at least those seen at the kill are unchanged.
      const [, created, unchanged] = /: ([\d,]+) created, 0 updated, ([\d,]+) unchanged, 0 rejected/
        .exec(rerun.stdout)!
        .map(text => Number(text.replaceAll(',', '')))
      expect(unchanged).toBeGreaterThanOrEqual(atKill)
      expect(created).toBeGreaterThan(0)
      expect(created! + unchanged!).toBe(COUNT)

      const stored = await CaseStudy.find({}, { externalId: 1, slug: 1, revisionKeys: 1, version: 1 }).lean<
        CaseStudyRecord[]
      >()
      expect(stored).toHaveLength(COUNT)
      expect(new Set(stored.map(caseStudy => caseStudy.externalId)).size).toBe(COUNT)
      expect(new Set(stored.map(caseStudy => caseStudy.slug)).size).toBe(COUNT)
      expect(await CaseStudyExternalId.countDocuments()).toBe(COUNT)
      for (const caseStudy of stored) {
        expect(caseStudy.revisionKeys).toHaveLength(1)
        expect(await caseStudyRepository.findRevision(caseStudy, 1)).toBeDefined()
        expect((await caseStudyRepository.findBySlug(caseStudy.slug))?._id).toEqual(caseStudy._id)
      }

      const status = await services.searchIndex.status()
      expect(status.documents).toBe(await caseStudyRepository.countPublished())
      expect(status.pending).toBe(0)
      expect(await services.searchIndex.check()).toEqual([])
    },
    JOURNEY_MS,
  )
})
