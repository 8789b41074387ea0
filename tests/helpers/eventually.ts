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

/**
 * Bounds a step that has no limit of its own (one long page.evaluate, such as an axe-core run),
 * failing with what it was, so a stalled step names itself rather than running out the test's time.
 */
export async function within<T>(what: string, timeoutMs: number, step: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return await Promise.race([step, limit])
  } finally {
    clearTimeout(timer)
  }
}
