import type { Logger } from 'pino'

/**
 * Work that runs after the caller has its answer: when how long the work takes would tell a visitor
 * something (whether an address has an account), the answer must not wait for it. Failures are
 * logged, since there is nobody left to tell.
 */
export function createBackgroundTasks(logger: Logger) {
  const pending = new Set<Promise<void>>()
  return {
    /** Starts `work` on a later turn of the event loop, so none of it runs before the caller returns. */
    run(label: string, work: () => Promise<unknown>): void {
      const task = new Promise<void>(resolve => setImmediate(resolve))
        .then(work)
        .then(
          () => undefined,
          (error: unknown) => logger.error({ err: error, task: label }, 'background task failed'),
        )
        .finally(() => pending.delete(task))
      pending.add(task)
    },

    /** Resolves once every task started so far (and any they started) has finished: for shutdown and tests. */
    async settled(): Promise<void> {
      while (pending.size > 0) await Promise.all([...pending])
    },
  }
}

export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>
