import type { Express } from 'express'
import { createApp } from '../../server/app'
import { loadConfig, type Config } from '../../server/config'
import { createLogger } from '../../server/logger'
import { createServices, type Services } from '../../server/services'

export const testLogger = createLogger('silent')

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'test-session-secret-that-is-long-enough', ...overrides })
}

export function testServices(overrides: Partial<Services> = {}): Services {
  return { ...createServices(testLogger), ...overrides }
}

/** The real app around real services (or some replaced, to inject a fault). */
export function createTestApp(services: Services = testServices()): Express {
  return createApp(services, testConfig(), testLogger)
}
