import { summarise, type Latency } from './stats'

export const REQUEST_KINDS = [
  'search',
  'case study',
  'sign-in form',
  'sign-in',
  'account',
  'sign-out',
  'section form',
  'section save',
] as const
export type RequestKind = (typeof REQUEST_KINDS)[number]

export type KindResult = {
  kind: RequestKind
  requests: number
  latency: Latency
  /** Answers outside 2xx and 3xx, 409s apart. */
  errors: number
  /** 409 Conflict: an edit that lost a race for the case study's version. */
  conflicts: number
  /** Requests that failed before any answer (refused, reset, timed out). */
  socketErrors: number
  /** A 2xx or 3xx that was not the answer expected (a sign-in that did not reach the account page). */
  wrongOutcomes: number
  statuses: Record<string, number>
}

type Tally = { ms: number[]; errors: number; conflicts: number; socketErrors: number; wrongOutcomes: number }

/** Times and outcomes of every request in the measured window, by kind of page. */
export function loadRecorder() {
  const tallies = new Map<RequestKind, Tally & { statuses: Map<number, number> }>()
  const tally = (kind: RequestKind) => {
    let found = tallies.get(kind)
    if (!found) {
      found = { ms: [], errors: 0, conflicts: 0, socketErrors: 0, wrongOutcomes: 0, statuses: new Map() }
      tallies.set(kind, found)
    }
    return found
  }
  let total = 0
  return {
    get total() {
      return total
    },
    answered(kind: RequestKind, status: number, ms: number, expected: boolean) {
      total++
      const entry = tally(kind)
      entry.ms.push(ms)
      entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1)
      if (status === 409) entry.conflicts++
      else if (status < 200 || status >= 400) entry.errors++
      else if (!expected) entry.wrongOutcomes++
    },
    failed(kind: RequestKind, ms: number) {
      total++
      const entry = tally(kind)
      entry.ms.push(ms)
      entry.socketErrors++
    },
    results(): KindResult[] {
      return REQUEST_KINDS.filter(kind => tallies.has(kind)).map(kind => {
        const { ms, statuses, ...counts } = tallies.get(kind)!
        return {
          kind,
          requests: ms.length,
          latency: summarise(ms),
          ...counts,
          statuses: Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
        }
      })
    },
  }
}

export type LoadRecorder = ReturnType<typeof loadRecorder>
