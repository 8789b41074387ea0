import { randomUUID } from 'node:crypto'
import os from 'node:os'
import type { IndexerLeaseData, IndexerLeaseRepository } from '../../data/indexerLeaseRepository'

export type LeaseHolder = Pick<IndexerLeaseData, 'owner' | 'generation' | 'expiresAt'>

/**
 * One process's side of the indexer lease (models/IndexerLease.ts): claim it when nobody holds
 * it or the holder let it expire, renew it while indexing, release it on stop. Time is the
 * machine's clock (not the services' clock, which tests move by hand): leases expire in real time.
 */
export function createIndexerLease(repository: IndexerLeaseRepository, ttlMs: number, now = () => new Date()) {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  let held: number | undefined
  let heldUntil = 0

  const expiry = () => new Date(now().getTime() + ttlMs)

  return {
    owner,
    holds: () => held !== undefined && now().getTime() < heldUntil,

    /** Claims the lease if it is free or expired; otherwise says who holds it. */
    async acquire(): Promise<{ acquired: true } | { acquired: false; holder: LeaseHolder }> {
      const current = await repository.current()
      if (current && current.owner === owner && current.generation === held) return { acquired: true }
      if (current && current.expiresAt.getTime() > now().getTime()) return { acquired: false, holder: current }
      const generation = (current?.generation ?? 0) + 1
      const expiresAt = expiry()
      if (await repository.claim(generation, owner, now(), expiresAt)) {
        held = generation
        heldUntil = expiresAt.getTime()
        await repository.prune(generation)
        return { acquired: true }
      }
      const winner = await repository.current()
      return { acquired: false, holder: winner ?? { owner: 'unknown', generation, expiresAt } }
    },

    /** Extends the lease; false once another process has taken it over (this one was too slow). */
    async renew(): Promise<boolean> {
      if (held === undefined) return false
      const expiresAt = expiry()
      await repository.extend(held, owner, expiresAt)
      const current = await repository.current()
      if (current?.generation !== held || current.owner !== owner) {
        held = undefined
        return false
      }
      heldUntil = expiresAt.getTime()
      return true
    },

    /** Lets another process take over at once rather than after the lease expires. */
    async release(): Promise<void> {
      if (held === undefined) return
      const generation = held
      held = undefined
      await repository.extend(generation, owner, new Date(0))
    },

    current: () => repository.current(),
  }
}

export type IndexerLeaseHandle = ReturnType<typeof createIndexerLease>

/**
 * A second process on the same database with the embedded engine: its index would never see the
 * changes the first one's indexer applies (and deletes from the outbox), so it must not start.
 */
export class IndexerLeaseHeldError extends Error {
  constructor(holder: string) {
    super(
      `Another app process (${holder}) runs the search indexer for this database, and the embedded ` +
        'search index cannot be shared between processes. Run one app process per database, or set ' +
        'MEILI_URL so that every process uses one Meilisearch index.',
    )
    this.name = 'IndexerLeaseHeldError'
  }
}
