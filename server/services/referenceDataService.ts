import { isDeepStrictEqual } from 'node:util'
import type { CouncilData, CouncilReferenceFields, CouncilRepository } from '../data/councilRepository'
import type { ReferenceDataLoadRepository } from '../data/referenceDataLoadRepository'
import { readCouncilReferenceData, referenceDataHash } from './referenceData/councilReferenceData'

const DATA_SET = 'councils'

export type ReferenceDataResult = { loaded: boolean; count: number; inserted: number; updated: number }

function referenceFieldsChanged(stored: CouncilData, incoming: CouncilReferenceFields): boolean {
  return (Object.keys(incoming) as (keyof CouncilReferenceFields)[]).some(
    field => !isDeepStrictEqual(stored[field], incoming[field]),
  )
}

export function createReferenceDataService(councils: CouncilRepository, loads: ReferenceDataLoadRepository) {
  return {
    /**
     * Loads the councils and their similar-area lists unless this exact data is already loaded.
     * Idempotent: new councils are inserted, changed ones updated by key, unchanged ones left
     * alone; the load is recorded only once every council is in, so a load that died half-way
     * runs again at the next start. Councils absent from the files (added by network admins)
     * are kept.
     */
    async loadCouncils({ force = false } = {}): Promise<ReferenceDataResult> {
      const hash = referenceDataHash()
      if (!force && (await loads.contentHash(DATA_SET)) === hash) {
        return { loaded: false, count: await councils.count(), inserted: 0, updated: 0 }
      }
      const incoming = readCouncilReferenceData()
      const stored = new Map((await councils.listAll()).map(council => [council.gssCode, council]))
      const toInsert = incoming.filter(council => !stored.has(council.gssCode))
      const toUpdate = incoming.filter(council => {
        const existing = stored.get(council.gssCode)
        return existing !== undefined && referenceFieldsChanged(existing, council)
      })
      await councils.insertMany(toInsert)
      for (const council of toUpdate) await councils.updateReferenceFields(council)
      await loads.recordLoaded(DATA_SET, hash, incoming.length)
      return { loaded: true, count: await councils.count(), inserted: toInsert.length, updated: toUpdate.length }
    },
  }
}

export type ReferenceDataService = ReturnType<typeof createReferenceDataService>
