import { pingDatabase } from '../data/database'
import type { SupervisedStoreState } from '../store/storeSupervisor'
import type { SearchHealth } from './search/searchIndexService'

// Under the 5 s the readiness contract allows, so a dead store shows within one probe.
const READINESS_TIMEOUT_MS = 2_000

export type StoreCheck = 'ok' | 'unreachable' | SupervisedStoreState

type Dependencies = {
  /** The search index's own word on its health. */
  search: () => SearchHealth
  /** The embedded store's supervisor, when there is one: it knows a restart from an outage. */
  storeState?: () => SupervisedStoreState | undefined
  ping?: (timeoutMs: number) => Promise<boolean>
}

/**
 * Readiness for a load balancer: ready when the store answers. Only words, never counts, lag or
 * error messages: the probe is public, and the numbers are on the network admins' search page.
 * Search never fails readiness: a lagging or rebuilding index still lets the pages be useful.
 */
export function createHealthService({ search, storeState = () => undefined, ping = pingDatabase }: Dependencies) {
  async function store(): Promise<StoreCheck> {
    const supervised = storeState()
    if (supervised && supervised !== 'ok') return supervised
    return (await ping(READINESS_TIMEOUT_MS)) ? 'ok' : 'unreachable'
  }

  return {
    async readiness(): Promise<{ ready: boolean; checks: { store: StoreCheck; search: SearchHealth } }> {
      const storeCheck = await store()
      return { ready: storeCheck === 'ok', checks: { store: storeCheck, search: search() } }
    },
  }
}

export type HealthService = ReturnType<typeof createHealthService>
