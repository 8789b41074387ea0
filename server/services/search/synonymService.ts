import type { SearchSettingRepository } from '../../data/searchSettingRepository'
import { analyseVocabulary, DEFAULT_SYNONYMS, FIRST_SEED } from '../../search/synonyms'
import type { SearchEngine, Synonyms } from '../../search/searchTypes'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'

// Stored as objects, not arrays of arrays: FerretDB v1 rejects nested arrays.
type StoredGroups = { terms: string[] }[]
type StoredVocabulary = { groups: StoredGroups; oneWay: { from: string; to: string[] }[] }
const toStored = ({ groups, oneWay }: Synonyms): StoredVocabulary => ({
  groups: groups.map(terms => ({ terms })),
  oneWay,
})
const fromStored = (stored: StoredVocabulary): Synonyms => ({
  groups: stored.groups.map(group => group.terms),
  oneWay: stored.oneWay,
})

// 'synonyms' held the first seed's two-way groups only; 'vocabulary' holds groups and expansions.
const KEY = 'vocabulary'
const FIRST_KEY = 'synonyms'

const sameGroups = (a: string[][], b: string[][]) => JSON.stringify(a) === JSON.stringify(b)

type Dependencies = { engine: SearchEngine; settings: SearchSettingRepository; audit: AuditService; clock: Clock }

/** The synonyms and one-way expansions network admins edit; stored in MongoDB, given to the engine analysed. */
export function createSynonymService({ engine, settings, audit, clock }: Dependencies) {
  let analysed: Synonyms = analyseVocabulary(DEFAULT_SYNONYMS)

  async function apply(vocabulary: Synonyms): Promise<void> {
    analysed = analyseVocabulary(vocabulary)
    await engine.setSynonyms(analysed)
  }

  /**
   * What a database starts with: today's seed; or, where admins edited the first seed, their groups
   * kept as they left them (today's seed is theirs to adopt line by line).
   */
  async function initial(): Promise<Synonyms> {
    const first = await settings.find<StoredGroups>(FIRST_KEY)
    const firstGroups = first?.map(group => group.terms)
    if (!firstGroups || sameGroups(firstGroups, FIRST_SEED)) return DEFAULT_SYNONYMS
    return { groups: firstGroups, oneWay: [] }
  }

  return {
    /** Seeds the vocabulary on first start and gives the stored one to the engine. */
    async load(): Promise<void> {
      // Read first, so the first seed is only looked at when there is nothing stored yet.
      const stored =
        (await settings.find<StoredVocabulary>(KEY)) ??
        (await settings.findOrCreate(KEY, toStored(await initial()), clock()))
      await apply(fromStored(stored))
    },

    /** The analysed vocabulary in use, for highlighting synonyms of what was searched. */
    analysed: () => analysed,

    async list(actor: MaybeUser): Promise<Synonyms> {
      authorise(isNetworkAdmin(actor))
      const stored = await settings.find<StoredVocabulary>(KEY)
      return stored ? fromStored(stored) : DEFAULT_SYNONYMS
    },

    async save(actor: MaybeUser, vocabulary: Synonyms, context: RequestContext): Promise<void> {
      authorise(isNetworkAdmin(actor))
      await settings.save(KEY, toStored(vocabulary), clock(), actor?._id ?? null)
      await apply(vocabulary)
      await audit.record(context, {
        action: 'search.synonyms-changed',
        subjectType: 'search',
        subjectId: 'synonyms',
        details: { groups: vocabulary.groups.length, oneWay: vocabulary.oneWay.length },
      })
    },
  }
}

export type SynonymService = ReturnType<typeof createSynonymService>
