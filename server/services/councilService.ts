import type { CouncilData, CouncilRepository } from '../data/councilRepository'
import { NotFoundError } from '../errors/httpError'
import type { AuditService, RequestContext } from './auditService'
import { authorise, isNetworkAdmin, type MaybeUser } from './authorisation'

// Reading councils scans the collection on FerretDB (about 100 ms for 400), and they change only
// when reference data loads or a network admin edits one: a minute's staleness is fine for reads,
// and this process's own edits clear the cache at once.
const CACHE_MS = 60_000

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

  /** The council at this slug, if there is one (a "councils like" choice may name none). */
  const findBySlug = async (slug: string) =>
    slug ? (await all()).find(candidate => candidate.slug === slug) : undefined

  return {
    all,
    count: async () => (await all()).length,
    findByGssCode: async (gssCode: string) => (await all()).find(council => council.gssCode === gssCode),

    findBySlug,

    /** The council at this slug, or a 404 for the page that asked. */
    async getBySlug(slug: string): Promise<CouncilData> {
      const council = await findBySlug(slug)
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
