import { pingDatabase } from '../data/database'

// Under the 5 s the readiness contract allows, so a dead store shows within one probe.
const READINESS_TIMEOUT_MS = 2_000

export function createHealthService(ping: (timeoutMs: number) => Promise<boolean> = pingDatabase) {
  return {
    async isReady(): Promise<boolean> {
      return ping(READINESS_TIMEOUT_MS)
    },
  }
}

export type HealthService = ReturnType<typeof createHealthService>
