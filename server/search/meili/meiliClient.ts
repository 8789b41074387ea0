import type { EnqueuedTaskPromise, Meilisearch, MeilisearchApiError, Task, WaitOptions } from 'meilisearch' with {
  'resolution-mode': 'import',
}

// The client is ESM-only and this project compiles to CommonJS. TypeScript (module node16) refuses
// a static import of an ES module from CommonJS (TS1479), so it is loaded with import(): native
// under tsx and in the built app, and turned into require() by ts-jest, which also transforms the
// client's own files (jest.config.js). Types come from type-only imports with resolution-mode.
export async function createClient(url: string, apiKey: string | undefined): Promise<Meilisearch> {
  const { Meilisearch: Client } = await import('meilisearch')
  // A hung server fails a request in 30 s rather than holding a page open.
  return new Client({ host: url, apiKey, timeout: 30_000, requestInit: { headers: UNCOMPRESSED } })
}

/**
 * Node's fetch asks for compressed responses (`Accept-Encoding: gzip, deflate, br`) unless told
 * otherwise, and Meilisearch compresses whatever the client accepts (since v0.30; documentation,
 * API reference overview, "Content encoding"). Measured against Meilisearch 1.50 on a kept-alive
 * connection, a compressed search answer cost about 45 ms more (one word at 100,000 documents: p50
 * 52 ms compressed, 9 ms uncompressed). The app talks to Meilisearch over a private network, where
 * the bytes saved are worth nothing. The client merges these headers into every request it sends
 * (meilisearch-js 0.62, Config.requestInit).
 */
export const UNCOMPRESSED = { 'Accept-Encoding': 'identity' } as const

/** How long a write may wait for Meilisearch to apply it; a reindex of 100,000 documents takes minutes. */
export const WRITE_WAIT: WaitOptions = { timeout: 60_000, interval: 50 }
export const BUILD_WAIT: WaitOptions = { timeout: 30 * 60_000, interval: 250 }

/**
 * Waits for a task and throws unless it succeeded: the client resolves failed tasks too, and a
 * write must not look done (or visible to searches) when Meilisearch rejected it.
 */
export async function settle(enqueued: EnqueuedTaskPromise, wait: WaitOptions = WRITE_WAIT): Promise<Task> {
  return succeeded(await enqueued.waitTask(wait))
}

/** The finished task, or a MeiliTaskError when it failed or was cancelled. */
export function succeeded(task: Task): Task {
  if (task.status !== 'succeeded') throw new MeiliTaskError(task)
  return task
}

export class MeiliTaskError extends Error {
  readonly code: string | undefined
  constructor(readonly task: Task) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`)
    this.name = 'MeiliTaskError'
    this.code = task.error?.code
  }
}

/**
 * True when a request or a task failed with one of these Meilisearch error codes (index_not_found,
 * document_not_found...). Compared by name: the error classes live in the ES module loaded late.
 */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  let code: string | undefined
  if (error instanceof MeiliTaskError) code = error.code
  else if (error instanceof Error && error.name === 'MeilisearchApiError')
    code = (error as MeilisearchApiError).cause?.code
  return code !== undefined && codes.includes(code)
}
