/**
 * Waits until `check` holds, polling, for at most `timeoutMs`; then fails saying what it waited
 * for, so a hang names itself before Jest's timeout abandons the test (and its clean-up).
 */
export async function eventually(
  what: string,
  check: () => Promise<boolean> | boolean,
  { timeoutMs = 30_000, everyMs = 50 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise(resolve => setTimeout(resolve, everyMs))
  }
}
