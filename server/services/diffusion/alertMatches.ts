import type { AlertSubscriptionData } from '../../data/alertSubscriptionRepository'
import { analyseQuery } from '../../search/analyzer'
import type { SearchDocument, SearchEngine, SearchRequest } from '../../search/searchTypes'
import type { CouncilService } from '../councilService'
import { searchCouncilsLikeMine } from '../search/councilsLikeMine'
import type { SavedCaseStudyRepository } from '../../data/savedCaseStudyRepository'
import { readSavedSearch } from './savedSearchQuery'

/** The most case studies one alert lists; the email links to the rest. */
export const MAX_ALERT_ITEMS = 25
const PAGE = 50

export type AlertMatches = { hits: SearchDocument[]; more: boolean }

type Window = { since: number; until: number }
const inWindow = (document: SearchDocument, { since, until }: Window) =>
  document.updatedAt > since && document.updatedAt <= until

/**
 * Case studies published or given a newly published version inside the window, for one
 * subscription. A saved search runs as itself, most recently published first, page by page,
 * stopping at the first case study older than the window: it reads what is new, never every hit,
 * however large the catalogue. "Councils like" applies as a filter or not at all, as in feeds.
 */
export function createAlertMatcher(deps: {
  engine: SearchEngine
  ready: () => Promise<void>
  councils: CouncilService
  saved: SavedCaseStudyRepository
}) {
  async function forSearch(query: string, window: Window): Promise<AlertMatches> {
    const { params, likeSlug } = readSavedSearch(query)
    const likeCouncil = likeSlug ? (await deps.councils.findBySlug(likeSlug))?.gssCode : undefined
    const likeMode = params.likeMode === 'filter' ? 'filter' : undefined
    const { truncated: _truncated, ...analysed } = analyseQuery(params.text)
    const hits: SearchDocument[] = []
    for (let offset = 0; ; offset += PAGE) {
      const request: SearchRequest = {
        query: analysed,
        filters: params.filters,
        sort: 'updated',
        offset,
        limit: PAGE,
        facets: false,
      }
      const { response } = await searchCouncilsLikeMine(deps.engine, deps.councils, request, {
        ...params,
        likeCouncil,
        likeMode,
      })
      for (const document of response.hits) {
        if (document.updatedAt <= window.since) return { hits, more: false }
        if (!inWindow(document, window)) continue
        if (hits.length === MAX_ALERT_ITEMS) return { hits, more: true }
        hits.push(document)
      }
      if (response.hits.length < PAGE) return { hits, more: false }
    }
  }

  async function forSavedCaseStudies(userId: string, window: Window): Promise<AlertMatches> {
    const ids = (await deps.saved.listFor(userId)).map(item => item.caseStudyId)
    const changed = (await deps.engine.get(ids))
      .filter(document => inWindow(document, window))
      .sort((a, b) => b.updatedAt - a.updatedAt)
    return { hits: changed.slice(0, MAX_ALERT_ITEMS), more: changed.length > MAX_ALERT_ITEMS }
  }

  return {
    async matches(subscription: AlertSubscriptionData, until: Date): Promise<AlertMatches> {
      await deps.ready()
      const window = { since: subscription.since.getTime(), until: until.getTime() }
      return subscription.kind === 'search'
        ? forSearch(subscription.query, window)
        : forSavedCaseStudies(subscription.userId, window)
    },
  }
}

export type AlertMatcher = ReturnType<typeof createAlertMatcher>
