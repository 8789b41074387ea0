import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CaseStudy } from '../../models/CaseStudy'
import { caseStudyRepository } from '../../server/data/caseStudyRepository'
import type { CorpusCaseStudy } from '../../scripts/corpus/corpusGenerator'
import { formClient } from '../helpers/formClient'
import { createTestApp, testDataDir } from '../helpers/testApp'
import { runScript } from '../helpers/runScript'
import { useTestDatabase } from '../helpers/testDatabase'

const database = useTestDatabase()
const corpusFile = path.join(testDataDir, 'corpus.jsonl')

const generateCorpus = (...args: string[]) => runScript('generateCorpus.ts', database.name, ...args)

const readCorpus = () =>
  readFileSync(corpusFile, 'utf8')
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as CorpusCaseStudy)

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;')

describe('npm run generate-corpus', () => {
  it('writes the corpus as JSON Lines and publishes it, findable by slug and shown on its page', async () => {
    const run = generateCorpus('--count', '30', '--seed', '77', '--out', corpusFile, '--load')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain(`Wrote 30 case studies (seed 77) to ${corpusFile}`)
    expect(run.stdout).toMatch(/Loaded 30 of 30 case studies/)
    expect(run.stdout).toContain('Published 30 synthetic case studies (seed 77)')

    const corpus = readCorpus()
    expect(corpus).toHaveLength(30)
    expect(await CaseStudy.countDocuments({ published: { $ne: null } })).toBe(30)
    for (const item of corpus) {
      const stored = await caseStudyRepository.findBySlug(item.slug)
      expect(stored?._id.toString()).toBe(item.id)
      expect(stored?.leadCouncilCode).toBe(item.councilCode)
      expect(stored?.published?.content.title).toBe(item.content.title)
      expect(stored?.published?.firstPublishedAt.toISOString()).toBe(item.firstPublishedAt)
      expect(stored?.draft).toBeNull()
      expect(await caseStudyRepository.listRevisions(stored!)).toHaveLength(1)
    }

    const visitor = formClient(createTestApp())
    const page = await visitor.get(`/case-studies/${corpus[0]!.slug}`)
    expect(page.status).toBe(200)
    expect(page.text).toContain(escapeHtml(corpus[0]!.content.title))
  })

  it('refuses to load a corpus from a seed already loaded, even a longer one, and stores nothing more', async () => {
    const run = generateCorpus('--count', '40', '--seed', '77', '--out', corpusFile, '--load')
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `A corpus with this seed is already loaded (case study ${readCorpus()[0]!.slug} exists)`,
    )
    expect(run.stderr).toContain('nothing was loaded')
    expect(await CaseStudy.countDocuments()).toBe(30)
  })

  it('loads a corpus from another seed alongside', async () => {
    const run = generateCorpus('--count', '5', '--seed', '78', '--out', corpusFile, '--load')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(await CaseStudy.countDocuments()).toBe(35)
    for (const item of readCorpus())
      expect((await caseStudyRepository.findBySlug(item.slug))?._id.toString()).toBe(item.id)
  })

  it('names the bad flag and exits with status 2', () => {
    const run = generateCorpus('--count', 'many', '--seed', '1.5')
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('--count: must be a whole number from 1 to 1000000')
    expect(run.stderr).toContain('--seed: must be a whole number from 0 to 4294967295')
    expect(run.stderr).toContain('Usage: npm run generate-corpus')
    const unknown = generateCorpus('--count', '3', '--sead', '4')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--sead'")
  })
})
