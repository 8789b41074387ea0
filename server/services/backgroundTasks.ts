import type { Logger } from 'pino'

/**
 * Work that runs after the caller has its answer: when how long the work takes would tell a visitor
 * something (whether an address has an account), the answer must not wait for it. Failures are
 * logged, since there is nobody left to tell.
 *
 * Tasks run one at a time, in order: a burst of requests cannot start a burst of concurrent work.
 */
export function createBackgroundTasks(logger: Logger) {
  let queue: Promise<void> = Promise.resolve()
  let waiting = 0
  return {
    /** Queues `work` to start on a later turn of the event loop, so none of it runs before the caller returns. */
    run(label: string, work: () => Promise<unknown>): void {
      waiting += 1
      queue = queue
        .then(() => new Promise<void>(resolve => setImmediate(resolve)))
        .then(work)
        .then(
          () => undefined,
          (error: unknown) => logger.error({ err: error, task: label }, 'background task failed'),
        )
        .finally(() => {
          waiting -= 1
        })
    },

    /** Resolves once every task queued so far (and any they queued) has finished: for shutdown and tests. */
    async settled(): Promise<void> {
      while (waiting > 0) await queue
    },
  }
}

export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>
