import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Express } from 'express'
import { createApp } from '../../server/app'
import { loadConfig, type Config } from '../../server/config'
import { createLogger } from '../../server/logger'
import { createServices, type Services } from '../../server/services'

export const testLogger = createLogger('silent')

// Each test file has its own module registry, so its own data folder (mail files land here),
// inside the run's temporary folder, which globalTeardown removes.
export const testDataDir = mkdtempSync(path.join(process.env.TEST_ROOT_DIR ?? os.tmpdir(), 'files-'))

export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    SESSION_SECRET: 'test-session-secret-that-is-long-enough',
    DATA_DIR: testDataDir,
    PUBLIC_BASE_URL: 'http://practice-exchange.test',
    ...overrides,
  })
}

/** A clock the test moves by hand. */
export function testClock(start = new Date('2026-06-01T09:00:00Z')) {
  let now = start.getTime()
  const clock = () => new Date(now)
  clock.advance = (ms: number) => {
    now += ms
  }
  return clock
}

export function testServices(overrides: Partial<Services> = {}, clock?: () => Date): Services {
  return { ...createServices({ config: testConfig(), logger: testLogger, clock }), ...overrides }
}

/** Real services whose council count fails with the given error: to show the error pages. */
export function servicesFailingWith(error: Error): Services {
  const services = testServices()
  return { ...services, councils: { ...services.councils, count: () => Promise.reject(error) } }
}

/** The real app around real services (or some replaced, to inject a fault). */
export function createTestApp(services: Services = testServices()): Express {
  return createApp(services, testConfig(), testLogger)
}
