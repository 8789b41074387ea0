// Browser tests: each test is a short journey of page loads, form posts and axe-core checks on a
// two-core machine shared with other test runs. Every step has its own budget (STEP_TIMEOUT_MS in
// tests/helpers/browser.ts), so a hang fails there, naming the step; this limit only has to cover
// a test's steps all being slow at once. (Jest reads testTimeout from the global config only, not
// per project, hence this file.)
jest.setTimeout(120_000)
