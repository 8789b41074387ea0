import type { Logger } from 'pino'
import type { AlertClaimRepository } from '../../data/alertClaimRepository'
import type { AlertSubscriptionData, AlertSubscriptionRepository } from '../../data/alertSubscriptionRepository'
import type { CouncilService } from '../councilService'
import type { IndexerLeaseRepository } from '../../data/indexerLeaseRepository'
import type { UserData, UserRepository } from '../../data/userRepository'
import type { EmailMessage, Mailer } from '../../mail/mailer'
import { describeSavedSearch } from '../../presenters/savedSearchPresenter'
import { mayFollow } from '../authorisation'
import type { Clock } from '../clock'
import { createIndexerLease } from '../search/indexerLease'
import { composeAlert } from './alertComposer'
import type { AlertMatcher } from './alertMatches'
import { periodOf } from './alertPeriods'
import type { UnsubscribeTokens } from './unsubscribeTokens'

// A run holds the lease this long and renews it as it goes; a crashed run's lease lapses after it.
const LEASE_MS = 60_000
// The app's timer: alerts go out within this long of a day or week starting.
const RUN_INTERVAL_MS = 15 * 60 * 1000

export type AlertRunReport =
  | { ran: false; holder: string }
  | { ran: true; sent: number; nothingNew: number; alreadyClaimed: number; unconfirmed: string[] }

type Dependencies = {
  subscriptions: AlertSubscriptionRepository
  claims: AlertClaimRepository
  leases: IndexerLeaseRepository
  users: Pick<UserRepository, 'findById'>
  councils: CouncilService
  matcher: AlertMatcher
  tokens: UnsubscribeTokens
  mailer: Mailer
  clock: Clock
  logger: Logger
  publicBaseUrl: string
  leaseMs?: number
}

/**
 * Sends the alert emails that are due: for each subscription with daily or weekly alerts, one
 * email per day or ISO week when something new or updated matches. Exactly one process at a time
 * runs (a lease in the store), and each alert is claimed before it is sent (models/AlertClaim.ts),
 * so neither two processes nor a rerun after a crash ever send one twice.
 */
export function createAlertService(deps: Dependencies) {
  const { claims, subscriptions, clock, logger } = deps
  const leaseMs = deps.leaseMs ?? LEASE_MS
  const lease = createIndexerLease(deps.leases, leaseMs)
  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> | undefined
  let stopping = false

  /** The email for what matched, or undefined when nothing did. */
  async function prepare(
    subscription: AlertSubscriptionData,
    user: UserData,
    frequency: 'daily' | 'weekly',
    now: Date,
  ): Promise<{ message: EmailMessage; count: number } | undefined> {
    const { hits, more } = await deps.matcher.matches(subscription, now)
    if (hits.length === 0) return undefined
    const about =
      subscription.kind === 'search' ? describeSavedSearch(subscription.query, await deps.councils.all()) : undefined
    const message = composeAlert({
      user,
      subscription,
      frequency,
      about,
      hits,
      more,
      unsubscribeToken: await deps.tokens.sign(subscription._id),
      publicBaseUrl: deps.publicBaseUrl,
    })
    return { message, count: hits.length }
  }

  /** One subscription's alert for this period: claimed, matched, sent, confirmed. */
  async function alert(subscription: AlertSubscriptionData, now: Date): Promise<'sent' | 'nothing-new' | 'claimed'> {
    const frequency = subscription.frequency === 'daily' ? 'daily' : 'weekly'
    const period = periodOf(frequency, now)
    if (!(await claims.claim(subscription._id, period, lease.owner, now))) return 'claimed'
    const user = await deps.users.findById(subscription.userId)
    if (!mayFollow(user)) {
      await claims.finish(subscription._id, period, 'skipped', clock())
      return 'nothing-new'
    }
    let prepared
    try {
      prepared = await prepare(subscription, user, frequency, now)
    } catch (error) {
      // Nothing was sent: give the claim back, so a later run tries this alert again.
      await claims.release(subscription._id, period)
      throw error
    }
    if (!prepared) {
      await claims.finish(subscription._id, period, 'nothing-new', clock())
      await subscriptions.advance(subscription._id, period, now)
      return 'nothing-new'
    }
    const { message, count } = prepared
    // From here on whether it went is unknown until it is confirmed: a crash leaves the claim "claimed".
    await deps.mailer.send(message)
    await claims.finish(subscription._id, period, 'sent', clock(), count)
    await subscriptions.advance(subscription._id, period, now)
    return 'sent'
  }

  async function runOnce(): Promise<AlertRunReport> {
    const outcome = await lease.acquire()
    if (!outcome.acquired) return { ran: false, holder: outcome.holder.owner }
    const report = { ran: true as const, sent: 0, nothingNew: 0, alreadyClaimed: 0, unconfirmed: [] as string[] }
    let renewedAt = Date.now()
    try {
      const now = clock()
      for await (const subscription of subscriptions.alerting()) {
        if (stopping) break
        if (Date.now() - renewedAt > leaseMs / 3) {
          // Another process took over (this one stalled past the lease): it sends the rest.
          if (!(await lease.renew())) break
          renewedAt = Date.now()
        }
        const frequency = subscription.frequency === 'daily' ? 'daily' : 'weekly'
        if (subscription.lastPeriod === periodOf(frequency, now)) continue
        const result = await alert(subscription, now)
        if (result === 'sent') report.sent += 1
        else if (result === 'nothing-new') report.nothingNew += 1
        else report.alreadyClaimed += 1
      }
      report.unconfirmed = (await claims.unconfirmed()).map(claim => claim._id)
      if (report.unconfirmed.length)
        logger.warn(
          { claims: report.unconfirmed },
          'alerts claimed but never confirmed sent (a process stopped while sending them); they are not sent again',
        )
      return report
    } finally {
      await lease.release()
    }
  }

  return {
    runOnce,
    start(): void {
      stopping = false
      timer = setInterval(() => {
        if (running) return
        running = runOnce()
          .then(report => {
            if (report.ran && report.sent) logger.info({ sent: report.sent }, 'alert emails sent')
          })
          .catch((error: unknown) => logger.warn({ err: error }, 'sending alerts failed; will try again'))
          .finally(() => (running = undefined))
      }, RUN_INTERVAL_MS)
      timer.unref()
    },
    /** Stops the timer and lets a run in progress finish the alert it is on. */
    async stop(): Promise<void> {
      stopping = true
      clearInterval(timer)
      await running
    },
    /** Deletes finished claims older than 60 days (the clean-up timer calls it); unconfirmed ones stay. */
    deleteOldClaims: (now: Date) => claims.deleteFinishedBefore(new Date(now.getTime() - 60 * 24 * 60 * 60 * 1000)),
  }
}

export type AlertService = ReturnType<typeof createAlertService>
