// Type checking is `npm run typecheck`'s job; with isolatedModules in tsconfig.json, ts-jest only transpiles.
// The Meilisearch client ships only ES modules, which Jest's CommonJS runtime cannot load, so its
// files are transpiled too (transformIgnorePatterns lets them through), to CommonJS: ts-jest compiles
// every file of a project with one set of options, hence module commonjs for all, which also turns
// import() into require() (a native import() needs --experimental-vm-modules under Jest).
const tsJest = ['ts-jest', { tsconfig: { module: 'commonjs', allowJs: true } }]
const transform = { '^.+\\.ts$': tsJest, '/node_modules/meilisearch/.+\\.js$': tsJest }
const transformIgnorePatterns = ['/node_modules/(?!meilisearch/)']

// One embedded store for the whole run, in a throwaway folder; each test file gets its own database.
// Set per project, not globally: Jest runs a project's global setup only when one of its tests is
// selected (and a path shared by projects once), so a unit-only run starts no store at all.
const withStore = {
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
}

const project = (displayName, settings = {}) => ({
  displayName,
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns,
  testMatch: [`<rootDir>/tests/${displayName}/**/*.test.ts`],
  ...settings,
})

/** @type {import('jest').Config} */
module.exports = {
  transform,
  transformIgnorePatterns,
  maxWorkers: 2,
  // Generous because integration and browser tests start real processes on a shared 2-core machine.
  testTimeout: 60_000,
  projects: [
    project('unit'),
    project('integration', withStore),
    // Browser tests set their own, longer per-test limit there.
    project('e2e', { ...withStore, setupFilesAfterEnv: ['<rootDir>/tests/e2e/jestSetup.ts'] }),
  ],
}
