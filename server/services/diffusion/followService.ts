import { randomBytes } from 'node:crypto'
import { MAX_SAVED_CASE_STUDIES, MAX_SAVED_SEARCHES, type AlertFrequency } from '../../../models/followLists'
import type { AlertSubscriptionData, AlertSubscriptionRepository } from '../../data/alertSubscriptionRepository'
import type { SavedCaseStudyRepository } from '../../data/savedCaseStudyRepository'
import { NotFoundError } from '../../errors/httpError'
import type { SearchDocument, SearchEngine } from '../../search/searchTypes'
import { authorise, mayFollow, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import { normaliseSavedSearch } from './savedSearchQuery'
import type { UnsubscribeTokens } from './unsubscribeTokens'

type Dependencies = {
  saved: SavedCaseStudyRepository
  subscriptions: AlertSubscriptionRepository
  /** The search index: it holds exactly the published case studies, read by id. */
  engine: SearchEngine
  ready: () => Promise<void>
  tokens: UnsubscribeTokens
  clock: Clock
}

export type SavedCaseStudyItem = { caseStudyId: string; savedAt: Date; document: SearchDocument | undefined }
export type SavedItems = {
  caseStudies: SavedCaseStudyItem[]
  caseStudyAlerts: AlertFrequency
  searches: AlertSubscriptionData[]
}

export type SaveOutcome = 'saved' | 'too-many'

export const caseStudiesSubscriptionId = (userId: string) => `case-studies-${userId}`

/** An officer's saved case studies and searches, and how often each emails them. */
export function createFollowService({ saved, subscriptions, engine, ready, tokens, clock }: Dependencies) {
  const userIdOf = (user: MaybeUser) => {
    authorise(mayFollow(user))
    return user._id.toString()
  }

  /** The officer's own saved search, or 404: someone else's is not theirs to see or change. */
  async function ownSearch(userId: string, id: string): Promise<AlertSubscriptionData> {
    const subscription = /^search-[0-9a-f]{24}$/.test(id) ? await subscriptions.findById(id) : null
    if (!subscription || subscription.userId !== userId || subscription.kind !== 'search') throw new NotFoundError()
    return subscription
  }

  /**
   * What an unsubscribe link is for, for its confirmation page: the token is the authority (no
   * sign-in), so a token that was not signed by us, or for a subscription since removed, is 404.
   */
  async function subscriptionFor(token: string): Promise<AlertSubscriptionData> {
    const id = await tokens.verify(token)
    const subscription = id ? await subscriptions.findById(id) : null
    if (!subscription) throw new NotFoundError()
    return subscription
  }

  return {
    async isCaseStudySaved(user: MaybeUser, caseStudyId: string): Promise<boolean> {
      return mayFollow(user) ? saved.isSaved(user._id.toString(), caseStudyId) : false
    },

    /** Saves a published case study (404 for anything else); at most MAX_SAVED_CASE_STUDIES. */
    async saveCaseStudy(user: MaybeUser, caseStudyId: string): Promise<SaveOutcome> {
      const userId = userIdOf(user)
      await ready()
      if (!/^[0-9a-f]{24}$/.test(caseStudyId) || (await engine.get([caseStudyId])).length === 0)
        throw new NotFoundError()
      if (await saved.isSaved(userId, caseStudyId)) return 'saved'
      if ((await saved.countFor(userId)) >= MAX_SAVED_CASE_STUDIES) return 'too-many'
      await saved.save(userId, caseStudyId, clock())
      return 'saved'
    },

    /** Removing one that is not saved changes nothing (a second click, another tab); a malformed id is 404. */
    async removeCaseStudy(user: MaybeUser, caseStudyId: string): Promise<void> {
      const userId = userIdOf(user)
      if (!/^[0-9a-f]{24}$/.test(caseStudyId)) throw new NotFoundError()
      await saved.remove(userId, caseStudyId)
    },

    /** Saves the search page's query string, normalised; saving the same search again changes nothing. */
    async saveSearch(user: MaybeUser, queryString: string): Promise<SaveOutcome> {
      const userId = userIdOf(user)
      const query = normaliseSavedSearch(queryString)
      const mine = await subscriptions.listFor(userId)
      if (mine.some(subscription => subscription.kind === 'search' && subscription.query === query)) return 'saved'
      if (mine.filter(subscription => subscription.kind === 'search').length >= MAX_SAVED_SEARCHES) return 'too-many'
      const now = clock()
      await subscriptions.insert({
        _id: `search-${randomBytes(12).toString('hex')}`,
        userId,
        kind: 'search',
        query,
        // Emails only when the officer asks for them, on the saved page.
        frequency: 'off',
        createdAt: now,
        since: now,
        lastPeriod: '',
      })
      return 'saved'
    },

    /** 404 unless this is one of the officer's saved searches. */
    async ownSearch(user: MaybeUser, id: string): Promise<void> {
      await ownSearch(userIdOf(user), id)
    },

    async removeSearch(user: MaybeUser, id: string): Promise<void> {
      await ownSearch(userIdOf(user), id)
      await subscriptions.remove(id)
    },

    async setSearchAlerts(user: MaybeUser, id: string, frequency: AlertFrequency): Promise<void> {
      await ownSearch(userIdOf(user), id)
      await subscriptions.setFrequency(id, frequency, clock())
    },

    /** One setting for every saved case study: a newly published version of any of them. */
    async setCaseStudyAlerts(user: MaybeUser, frequency: AlertFrequency): Promise<void> {
      const userId = userIdOf(user)
      const id = caseStudiesSubscriptionId(userId)
      const now = clock()
      await subscriptions.ensure({
        _id: id,
        userId,
        kind: 'case-studies',
        query: '',
        frequency,
        createdAt: now,
        since: now,
        lastPeriod: '',
      })
      await subscriptions.setFrequency(id, frequency, now)
    },

    /** Everything the officer saved; case studies no longer published have no document. */
    async savedBy(user: MaybeUser): Promise<SavedItems> {
      const userId = userIdOf(user)
      const [savedCaseStudies, mine] = await Promise.all([saved.listFor(userId), subscriptions.listFor(userId)])
      await ready()
      const documents = new Map(
        (await engine.get(savedCaseStudies.map(item => item.caseStudyId))).map(document => [document.id, document]),
      )
      return {
        caseStudies: savedCaseStudies.map(item => ({
          caseStudyId: item.caseStudyId,
          savedAt: item.savedAt,
          document: documents.get(item.caseStudyId),
        })),
        caseStudyAlerts: mine.find(subscription => subscription.kind === 'case-studies')?.frequency ?? 'off',
        searches: mine.filter(subscription => subscription.kind === 'search'),
      }
    },

    subscriptionFor,

    /** What an officer saved, for "download your data", and its deletion with the account. */
    personalData: {
      name: 'saved',
      async exportFor(userId: string) {
        const [caseStudies, mine] = await Promise.all([saved.listFor(userId), subscriptions.listFor(userId)])
        return {
          caseStudies: caseStudies.map(({ caseStudyId, savedAt }) => ({ caseStudyId, savedAt })),
          alerts: mine.map(({ kind, query, frequency, createdAt }) => ({ kind, query, frequency, createdAt })),
        }
      },
      async deleteFor(userId: string) {
        await saved.deleteAllFor(userId)
        await subscriptions.deleteAllFor(userId)
      },
    },

    /** Turns a subscription's emails off by its unsubscribe token (RFC 8058 one-click: no session, no CSRF token). */
    async unsubscribe(token: string): Promise<AlertSubscriptionData> {
      const subscription = await subscriptionFor(token)
      await subscriptions.setFrequency(subscription._id, 'off', clock())
      return { ...subscription, frequency: 'off' }
    },
  }
}

export type FollowService = ReturnType<typeof createFollowService>
