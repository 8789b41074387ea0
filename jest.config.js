// Type checking is `npm run typecheck`'s job; with isolatedModules in tsconfig.json, ts-jest only transpiles.
const transform = { '^.+\\.ts$': 'ts-jest' }

const project = displayName => ({
  displayName,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/tests/${displayName}/**/*.test.ts`],
})

/** @type {import('jest').Config} */
module.exports = {
  // One embedded store for the whole run, in a throwaway folder; each test file gets its own database.
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  transform,
  maxWorkers: 2,
  // Generous because integration and browser tests start real processes on a shared 2-core machine.
  testTimeout: 60_000,
  projects: [project('unit'), project('integration'), project('e2e')],
}
