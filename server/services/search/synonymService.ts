import type { SearchSettingRepository } from '../../data/searchSettingRepository'
import { analyseSynonyms, DEFAULT_SYNONYMS } from '../../search/synonyms'
import type { SearchEngine, SynonymGroups } from '../../search/searchTypes'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'

// Stored as objects, not arrays of arrays: FerretDB v1 rejects nested arrays.
type StoredGroups = { terms: string[] }[]
const toStored = (groups: SynonymGroups): StoredGroups => groups.map(terms => ({ terms }))
const fromStored = (stored: StoredGroups): SynonymGroups => stored.map(group => group.terms)

type Dependencies = { engine: SearchEngine; settings: SearchSettingRepository; audit: AuditService; clock: Clock }

/** The synonym groups network admins edit; stored in MongoDB, given to the engine analysed. */
export function createSynonymService({ engine, settings, audit, clock }: Dependencies) {
  let analysed: SynonymGroups = analyseSynonyms(DEFAULT_SYNONYMS)

  async function apply(groups: SynonymGroups): Promise<void> {
    analysed = analyseSynonyms(groups)
    await engine.setSynonyms({ groups: analysed, oneWay: [] })
  }

  return {
    /** Seeds the defaults on first start and gives the stored groups to the engine. */
    async load(): Promise<void> {
      await apply(fromStored(await settings.findOrCreate('synonyms', toStored(DEFAULT_SYNONYMS), clock())))
    },

    /** The analysed groups in use, for highlighting synonyms of what was searched. */
    analysed: () => analysed,

    async list(actor: MaybeUser): Promise<SynonymGroups> {
      authorise(isNetworkAdmin(actor))
      const stored = await settings.find<StoredGroups>('synonyms')
      return stored ? fromStored(stored) : DEFAULT_SYNONYMS
    },

    async save(actor: MaybeUser, groups: SynonymGroups, context: RequestContext): Promise<void> {
      authorise(isNetworkAdmin(actor))
      await settings.save('synonyms', toStored(groups), clock(), actor?._id ?? null)
      await apply(groups)
      await audit.record(context, {
        action: 'search.synonyms-changed',
        subjectType: 'search',
        subjectId: 'synonyms',
        details: { groups: groups.length },
      })
    },
  }
}

export type SynonymService = ReturnType<typeof createSynonymService>
