import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { corpusSearchDocuments } from '../../scripts/corpus/corpusSearchDocuments'
import { EmbeddedSearchEngine } from '../../server/search/embedded/embeddedSearchEngine'
import { DEFAULT_SYNONYMS, analyseVocabulary } from '../../server/search/synonyms'

// The search service keeps results until the engine's version moves: every change a search could
// see must move it, including a write by another process to the same file.
describe('the embedded engine’s version', () => {
  const documents = corpusSearchDocuments({ count: 6, seed: 7 })
  let dir: string
  let serving: EmbeddedSearchEngine
  let other: EmbeddedSearchEngine

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'engine-version-'))
    const file = path.join(dir, 'search.sqlite')
    serving = new EmbeddedSearchEngine(file)
    await serving.open()
    await serving.replaceAll([documents.slice(0, 4)], 'test')
    other = new EmbeddedSearchEngine(file)
    await other.open()
  })

  afterEach(async () => {
    await serving.close()
    await other.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stays put while nothing changes', async () => {
    const before = await serving.version()
    await serving.search({
      query: { terms: [], phrases: [] },
      filters: {},
      sort: 'newest',
      offset: 0,
      limit: 5,
      facets: true,
    })
    expect(await serving.version()).toBe(before)
  })

  it.each([
    ['an upsert', (engine: EmbeddedSearchEngine) => engine.upsert([documents[4]!])],
    ['a removal', (engine: EmbeddedSearchEngine) => engine.remove([documents[0]!.id])],
    ['new synonyms', (engine: EmbeddedSearchEngine) => engine.setSynonyms(analyseVocabulary(DEFAULT_SYNONYMS))],
    ['a rebuild', (engine: EmbeddedSearchEngine) => engine.replaceAll([documents.slice(2)], 'test')],
  ])('moves after %s in this process', async (_change, change) => {
    const before = await serving.version()
    await change(serving)
    expect(await serving.version()).not.toBe(before)
  })

  it.each([
    ['an upsert', (engine: EmbeddedSearchEngine) => engine.upsert([documents[5]!])],
    ['a rebuild', (engine: EmbeddedSearchEngine) => engine.replaceAll([documents.slice(1)], 'test')],
  ])('moves after %s by another connection to the same file', async (_change, change) => {
    const before = await serving.version()
    await change(other)
    expect(await serving.version()).not.toBe(before)
  })
})
