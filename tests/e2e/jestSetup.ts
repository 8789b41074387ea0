// Browser tests: each test is a short journey of page loads, form posts and axe-core checks on a
// two-core machine shared with other test runs. Every step has its own budget (STEP_TIMEOUT_MS and
// AXE_TIMEOUT_MS in tests/helpers/browser.ts), so a hang fails there, naming the step; this limit
// only has to cover a test's steps all being slow at once. The longest journey (a case study
// through every section) took 43 s with two busy loops running beside other engineers' test runs,
// and an axe check of the search page alone up to 30 s: 5 minutes leaves room without hiding a
// hang, which a step budget catches first. (Jest reads testTimeout from the global config only,
// not per project, hence this file.)
jest.setTimeout(300_000)
