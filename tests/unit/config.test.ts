import { ConfigError, loadConfig } from '../../server/config'

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadConfig', () => {
  it('has a working default for everything a developer needs', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ env: 'development', port: 3000, mongoUri: undefined, trustProxy: 0 })
    expect(config.dataDir).toMatch(/\/data$/)
    expect(Object.isFrozen(config)).toBe(true)
  })

  it.each(['abc', '0', '70000', '3.5', '-1'])('refuses PORT=%s naming the variable', value => {
    expect(problemsOf({ PORT: value })).toEqual(['PORT must be a whole number from 1 to 65535'])
  })

  it.each(['localhost:27017', 'http://db:27017', 'mongodb://', 'postgres://x'])('refuses MONGODB_URI=%s', value => {
    expect(problemsOf({ MONGODB_URI: value })).toEqual([
      'MONGODB_URI must be a MongoDB connection string starting mongodb:// or mongodb+srv://',
    ])
  })

  it('accepts MongoDB and Atlas connection strings', () => {
    expect(loadConfig({ MONGODB_URI: 'mongodb://mongo:27017/practice' }).mongoUri).toBe(
      'mongodb://mongo:27017/practice',
    )
    expect(loadConfig({ MONGODB_URI: 'mongodb+srv://u:p@cluster0.example.net/db' }).mongoUri).toContain('+srv')
  })

  it('lists every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', MONGODB_URI: 'nope', LOG_LEVEL: 'loud', MEILI_URL: 'ftp://search' })).toHaveLength(4)
  })

  it('requires a long session secret, a MongoDB server and a public address in production', () => {
    const mongo = { MONGODB_URI: 'mongodb://mongo:27017/practice', PUBLIC_BASE_URL: 'https://practice.example' }
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'SESSION_SECRET is required when NODE_ENV is production',
      'MONGODB_URI is required when NODE_ENV is production',
      'PUBLIC_BASE_URL is required when NODE_ENV is production',
    ])
    expect(problemsOf({ NODE_ENV: 'production', SESSION_SECRET: 'short', ...mongo })).toEqual([
      'SESSION_SECRET must be at least 32 characters',
    ])
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), ...mongo }).env).toBe('production')
  })

  it('names the Meilisearch index case-studies unless MEILI_INDEX says otherwise', () => {
    expect(loadConfig({}).meiliIndex).toBe('case-studies')
    expect(loadConfig({ MEILI_INDEX: '' }).meiliIndex).toBe('case-studies')
    expect(loadConfig({ MEILI_INDEX: 'staging_case-studies2' }).meiliIndex).toBe('staging_case-studies2')
  })

  it.each(['case studies', 'case.studies', 'x'.repeat(381), 'études'])('refuses MEILI_INDEX=%s', value => {
    expect(problemsOf({ MEILI_INDEX: value })).toEqual([
      'MEILI_INDEX must be 1 to 380 letters, digits, hyphens or underscores',
    ])
  })

  it('treats an empty optional variable as unset', () => {
    expect(loadConfig({ MONGODB_URI: '', MEILI_URL: '' }).mongoUri).toBeUndefined()
  })
})
