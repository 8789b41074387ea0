import type { SearchSettingRepository } from '../../data/searchSettingRepository'
import { analyseSynonyms, DEFAULT_SYNONYMS, MAX_SYNONYM_GROUPS, MAX_TERMS_PER_GROUP } from '../../search/synonyms'
import type { SearchEngine, SynonymGroups } from '../../search/searchTypes'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'

const MAX_TERM_LENGTH = 80

/** A line-numbered problem with the synonyms text, as the form's error summary shows it. */
export type SynonymProblem = { line: number; text: string }

/** Reads the admin's text: one group a line, terms separated by commas. */
export function parseSynonyms(text: string): { groups: SynonymGroups; problems: SynonymProblem[] } {
  const groups: SynonymGroups = []
  const problems: SynonymProblem[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (!raw.trim()) return
    const terms = raw
      .split(',')
      .map(term => term.trim().replace(/\s+/g, ' '))
      .filter(Boolean)
    if (terms.length < 2) problems.push({ line, text: `Line ${line}: enter at least 2 terms separated by commas` })
    else if (terms.length > MAX_TERMS_PER_GROUP)
      problems.push({ line, text: `Line ${line}: enter ${MAX_TERMS_PER_GROUP} terms or fewer` })
    else if (terms.some(term => term.length > MAX_TERM_LENGTH))
      problems.push({ line, text: `Line ${line}: each term must be ${MAX_TERM_LENGTH} characters or fewer` })
    else if (analyseSynonyms([terms]).length === 0)
      problems.push({
        line,
        text: `Line ${line}: the terms must be different words, not only words like "and" or "the"`,
      })
    else groups.push(terms)
  })
  if (groups.length > MAX_SYNONYM_GROUPS) problems.push({ line: 0, text: `Enter ${MAX_SYNONYM_GROUPS} lines or fewer` })
  return { groups, problems }
}

export const formatSynonyms = (groups: SynonymGroups) => groups.map(group => group.join(', ')).join('\n')

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
    await engine.setSynonyms(analysed)
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
