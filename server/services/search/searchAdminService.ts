import type { ZeroResultSearchRepository } from '../../data/zeroResultSearchRepository'
import { authorise, isNetworkAdmin, type MaybeUser } from '../authorisation'
import type { SearchIndexService } from './searchIndexService'

const MOST_TRIED = 100

/** What network admins see of search: the index's health and the searches that found nothing. */
export function createSearchAdminService(index: SearchIndexService, zeroResults: ZeroResultSearchRepository) {
  return {
    async overview(actor: MaybeUser) {
      authorise(isNetworkAdmin(actor))
      const [status, zeroResultSearches] = await Promise.all([index.status(), zeroResults.listMostTried(MOST_TRIED)])
      return { status, zeroResultSearches }
    },
  }
}

export type SearchAdminService = ReturnType<typeof createSearchAdminService>
