import type { EmbeddedStore } from './embeddedStore'

/** What readiness says of a supervised store: running, being restarted, or dying over and over. */
export type SupervisedStoreState = 'ok' | 'restarting' | 'failing'

type SupervisedStore = Pick<EmbeddedStore, 'pid' | 'exited' | 'stop'>

type SupervisorLogger = {
  info: (details: object, message: string) => void
  warn: (details: object, message: string) => void
  error: (details: object, message: string) => void
}

export interface SupervisorOptions {
  /** Starts the store; every call must reuse the same port, so the app's connection string stays valid. */
  start: () => Promise<SupervisedStore>
  logger: SupervisorLogger
  /** First wait before a restart; it doubles with each recent exit or failed start, up to maxBackoffMs. */
  initialBackoffMs?: number
  maxBackoffMs?: number
  /** This many unexpected exits within windowMs make the store "failing" (and logged as such). */
  failingAfterExits?: number
  windowMs?: number
  /** After this many back-offs in a row without a store that stays up, stop trying and say so. */
  giveUpAfterAttempts?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export interface StoreSupervisor {
  state(): SupervisedStoreState
  pid(): number | undefined
  /** Stops supervising and stops the store; waits for a restart in progress to settle first. */
  stop(): Promise<void>
}

const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms).unref())

/**
 * Starts the store and restarts it when it exits unexpectedly, with exponential back-off so a store
 * that cannot stay up is not restarted in a tight loop. Starting the first time is not retried: a
 * store that cannot start at all is a configuration problem the app should stop on.
 */
export async function superviseStore({
  start,
  logger,
  initialBackoffMs = 500,
  maxBackoffMs = 30_000,
  failingAfterExits = 3,
  windowMs = 5 * 60_000,
  giveUpAfterAttempts = 10,
  sleep = defaultSleep,
  now = Date.now,
}: SupervisorOptions): Promise<StoreSupervisor> {
  let current: SupervisedStore | undefined = await start()
  let state: SupervisedStoreState = 'ok'
  let stopping = false
  let wakeFromStop = () => {}
  // A back-off can be 30 s; stopping must not wait for it (shutdown has a 10 s budget in all).
  const stopped = new Promise<void>(resolve => (wakeFromStop = resolve))
  let recovering: Promise<void> | undefined
  // Times of recent unexpected exits: how many there were decides the back-off and "failing".
  let exits: number[] = []

  const backoff = (attempt: number) => Math.min(initialBackoffMs * 2 ** attempt, maxBackoffMs)

  async function recover(code: number | null, signal: NodeJS.Signals | null): Promise<void> {
    const exitedAt = now()
    exits = [...exits.filter(at => exitedAt - at < windowMs), exitedAt]
    const keepsDying = exits.length >= failingAfterExits
    state = keepsDying ? 'failing' : 'restarting'
    logger.error(
      { code, signal, recentExits: exits.length },
      keepsDying
        ? `the embedded store keeps stopping (${exits.length} times in ${windowMs / 1000} s): restarting it with a growing back-off`
        : 'the embedded store stopped unexpectedly: restarting it on the same port',
    )
    let attempt = exits.length - 1
    while (!stopping) {
      if (attempt >= giveUpAfterAttempts) {
        state = 'failing'
        logger.error(
          { attempts: attempt },
          'gave up restarting the embedded store: pages will answer 503 until the app is restarted',
        )
        return
      }
      const delayMs = backoff(attempt)
      await Promise.race([sleep(delayMs), stopped])
      if (stopping) return
      try {
        const store = await start()
        if (stopping) {
          await store.stop()
          return
        }
        current = store
        state = 'ok'
        logger.info({ storePid: store.pid, afterMs: now() - exitedAt }, 'embedded store restarted')
        watch(store)
        return
      } catch (error) {
        attempt += 1
        logger.warn(
          { err: error, attempt, nextDelayMs: backoff(attempt) },
          'the embedded store could not be restarted yet',
        )
      }
    }
  }

  function watch(store: SupervisedStore): void {
    void store.exited.then(({ code, signal, expected }) => {
      if (expected || stopping || store !== current) return
      current = undefined
      recovering = recover(code, signal).finally(() => (recovering = undefined))
    })
  }

  watch(current)

  return {
    state: () => state,
    pid: () => current?.pid,
    async stop() {
      stopping = true
      wakeFromStop()
      await recovering
      await current?.stop()
    },
  }
}
