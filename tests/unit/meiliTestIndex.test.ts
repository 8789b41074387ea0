import { loadConfig } from '../../server/config'
import { MeiliSearchEngine } from '../../server/search/meili/meiliSearchEngine'
import { startFakeMeilisearch } from '../helpers/fakeMeilisearch'
import { childEnvironment, deleteTestMeiliIndex, testMeiliIndexName } from '../helpers/meiliTestIndex'

// A test run whose environment names a shared or production Meilisearch must not let the
// processes it starts near the real index.

describe('child processes of a test run with MEILI_URL set', () => {
  const saved = { ...process.env }
  beforeEach(() => {
    Object.assign(process.env, {
      MEILI_URL: 'http://search.internal:7700',
      MEILI_MASTER_KEY: 'real',
      MEILI_INDEX: 'case-studies',
    })
  })
  afterEach(() => {
    for (const name of ['MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX']) delete process.env[name]
    Object.assign(process.env, saved)
  })

  it('inherit no MEILI_* variable, so they use the embedded engine', () => {
    const env = childEnvironment({ PORT: '4000' }, ['MONGODB_URI'])
    expect(Object.keys(env).filter(name => name.startsWith('MEILI_'))).toEqual([])
    expect(env).not.toHaveProperty('MONGODB_URI')
    expect(env.PORT).toBe('4000')
    expect(env.PATH).toBe(process.env.PATH)
    expect(loadConfig(env).meiliUrl).toBeUndefined()
  })

  it('may be given Meilisearch only with an index of their own', () => {
    const url = process.env.MEILI_URL
    expect(() => childEnvironment({ MEILI_URL: url })).toThrow(/MEILI_INDEX of its own/)
    expect(() => childEnvironment({ MEILI_URL: url, MEILI_INDEX: 'case-studies' })).toThrow(/MEILI_INDEX/)
    const env = childEnvironment({ MEILI_URL: url, MEILI_INDEX: testMeiliIndexName() })
    expect(loadConfig(env).meiliIndex).toMatch(/^test-[0-9a-f]{8}-case-studies$/)
  })
})

describe('test Meilisearch indexes', () => {
  it('have a name per run that Meilisearch and the config accept', () => {
    const names = new Set(Array.from({ length: 20 }, () => testMeiliIndexName('contract')))
    expect(names.size).toBe(20)
    for (const name of names) expect(loadConfig({ MEILI_INDEX: name }).meiliIndex).toBe(name)
  })

  it('are deleted with the indexes beside them, and nothing else is', async () => {
    const fake = await startFakeMeilisearch()
    try {
      const indexName = testMeiliIndexName()
      const engine = new MeiliSearchEngine({ url: fake.url, indexName })
      await engine.open()
      await engine.replaceAll([], 'test')
      await new MeiliSearchEngine({ url: fake.url, indexName: 'case-studies' }).open()
      expect([...fake.indexes.keys()].sort()).toEqual(['case-studies', indexName, `${indexName}-meta`])

      await deleteTestMeiliIndex(fake.url, undefined, indexName)
      expect([...fake.indexes.keys()]).toEqual(['case-studies'])
      await expect(deleteTestMeiliIndex(fake.url, undefined, 'case-studies')).rejects.toThrow(/not a test index/)
      expect([...fake.indexes.keys()]).toEqual(['case-studies'])
    } finally {
      await fake.close()
    }
  })

  it('are given up quietly when the server is gone', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    await expect(deleteTestMeiliIndex('http://127.0.0.1:1', undefined, testMeiliIndexName())).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Could not delete Meilisearch index test-/))
    warn.mockRestore()
  })
})
