import type { CouncilData, CouncilRepository } from '../data/councilRepository'
import { NotFoundError } from '../errors/httpError'
import type { AuditService, RequestContext } from './auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from './authorisation'

// Reading councils scans the collection on FerretDB (about 100 ms for 400), and they change only
// when reference data loads or a network admin edits one: a minute's staleness is fine for reads,
// and this process's own edits clear the cache at once.
const CACHE_MS = 60_000

/** Filters for a list of councils; empty strings filter nothing. */
export type CouncilFilters = { q: string; nation: string; region: string; type: string }

/** One page of councils; a page past the last is empty, as the list may have shrunk since a link was made. */
export type CouncilPage = { items: CouncilData[]; total: number; page: number; pageCount: number; pageSize: number }

// Names are compared without case or accents, so "ynys mon" finds "Ynys Môn".
const folded = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB')

export function createCouncilService(councils: CouncilRepository, audit: AuditService, now: () => number = Date.now) {
  // The load itself is cached, not only its result: when the cache runs out under load, every
  // caller waits for one read rather than each starting its own (hundreds at once filled the
  // store's connection pool during an import).
  let cache: { councils: Promise<CouncilData[]>; at: number } | undefined

  function all(): Promise<CouncilData[]> {
    if (cache && now() - cache.at < CACHE_MS) return cache.councils
    const loading = councils.listAll().then(list => list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')))
    const entry = { councils: loading, at: now() }
    cache = entry
    // A failed read is not kept: the next caller tries again.
    loading.catch(() => {
      if (cache === entry) cache = undefined
    })
    return loading
  }

  return {
    all,
    count: async () => (await all()).length,
    findByGssCode: async (gssCode: string) => (await all()).find(council => council.gssCode === gssCode),

    /** One page of the councils, by name, whose name holds `q` and that match the other filters. */
    async directory(filters: CouncilFilters, page: number, pageSize: number): Promise<CouncilPage> {
      const words = folded(filters.q).split(/\s+/).filter(Boolean)
      const matching = (await all()).filter(
        council =>
          (!filters.nation || council.nation === filters.nation) &&
          (!filters.region || council.region === filters.region) &&
          (!filters.type || council.type === filters.type) &&
          words.every(word => folded(council.name).includes(word)),
      )
      return {
        items: matching.slice((page - 1) * pageSize, page * pageSize),
        total: matching.length,
        page,
        pageCount: Math.max(1, Math.ceil(matching.length / pageSize)),
        pageSize,
      }
    },

    /** Every region a council is in, for filters. */
    regions: async () => [...new Set((await all()).map(council => council.region))].sort(),
    /** The council at this slug, or a 404 for the page that asked. */
    async getBySlug(slug: string): Promise<CouncilData> {
      const council = (await all()).find(candidate => candidate.slug === slug)
      if (!council) throw new NotFoundError()
      return council
    },

    /** Councils whose website domain or an admin-added email domain is exactly this domain. */
    async findByEmailDomain(domain: string): Promise<CouncilData[]> {
      return (await all()).filter(
        council => council.websiteDomain === domain || council.extraEmailDomains.includes(domain),
      )
    },

    async changeExtraEmailDomain(
      actor: MaybeUser,
      gssCode: string,
      domain: string,
      change: 'add' | 'remove',
      context: RequestContext,
    ): Promise<void> {
      authorise(isNetworkAdmin(actor))
      await councils.changeExtraEmailDomain(gssCode, domain, change)
      cache = undefined
      await audit.record(context, {
        action: change === 'add' ? 'council.email-domain-added' : 'council.email-domain-removed',
        subjectType: 'council',
        subjectId: gssCode,
        details: { domain },
      })
    },
  }
}

export type CouncilService = ReturnType<typeof createCouncilService>
