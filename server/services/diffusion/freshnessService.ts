import type { Logger } from 'pino'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { FreshnessCandidate, FreshnessRepository } from '../../data/freshnessRepository'
import type { UserData, UserRepository } from '../../data/userRepository'
import { NotFoundError } from '../../errors/httpError'
import { freshnessEmails } from '../../mail/freshnessEmails'
import type { Mailer } from '../../mail/mailer'
import { paths } from '../../paths'
import type { AuditService, RequestContext } from '../auditService'
import { authorise, isCouncilAdminOf, isNetworkAdmin, isPublisherOf, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import { STALE_AFTER_MONTHS, addMonths, dueReminder, lastReviewedAt } from './freshnessSchedule'

type Dependencies = {
  repository: FreshnessRepository
  caseStudies: CaseStudyRepository
  users: UserRepository
  audit: AuditService
  mailer: Mailer
  clock: Clock
  logger: Logger
  publicBaseUrl: string
}

// Reminders fall due by the month: checking every hour is prompt enough and costs one scan.
const RUN_INTERVAL_MS = 60 * 60 * 1000
const FIRST_RUN_DELAY_MS = 60 * 1000
export const NOT_REVIEWED_PER_PAGE = 25

export type NotReviewedRow = { caseStudy: FreshnessCandidate; lastReviewedAt: Date }

/** Keeping published outcomes current: reminders to publishers, their confirmations, and the curators' list. */
export function createFreshnessService(deps: Dependencies) {
  const { repository, users, mailer, clock, logger } = deps
  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> = Promise.resolve()

  /** The lead council's publishers; a council without any hears through its council admins. */
  async function recipientsFor(councilCode: string): Promise<UserData[]> {
    const publishers = await users.listPublishers(councilCode)
    return publishers.length ? publishers : users.listCouncilAdmins(councilCode)
  }

  async function remind(caseStudy: FreshnessCandidate, now: Date, claimed: Set<string>): Promise<boolean> {
    const id = caseStudy._id.toString()
    const months = dueReminder(caseStudy.published.firstPublishedAt, now)
    // The claims read at the start of the run, so each run does not attempt (and fail) an insert
    // per case study; the insert below still decides between runs that overlap.
    if (!months || claimed.has(`${id}:${months}`)) return false
    if (!(await repository.claim(id, months, now))) return false
    const recipients = await recipientsFor(caseStudy.leadCouncilCode)
    const link = `${deps.publicBaseUrl}${paths.publish.reviewOutcomes(id)}`
    for (const user of recipients)
      await mailer.send(
        freshnessEmails.reminder(user.email, user.name, caseStudy.published.content.title, months, link),
      )
    await repository.recordSent(
      id,
      months,
      recipients.map(user => user._id.toString()),
    )
    return true
  }

  /** A published case study this user answers for: publishers (or council admins) of its lead council. */
  async function ownCaseStudy(actor: MaybeUser, id: string): Promise<CaseStudyData> {
    const caseStudy = await deps.caseStudies.findById(id)
    const code = caseStudy?.leadCouncilCode ?? ''
    if (!caseStudy?.published || caseStudy.archivedAt || !(isPublisherOf(actor, code) || isCouncilAdminOf(actor, code)))
      throw new NotFoundError()
    return caseStudy
  }

  async function sendDueReminders(now: Date = clock()): Promise<{ sent: number }> {
    let sent = 0
    const claimed = await repository.claimedIds()
    for (const caseStudy of await repository.publishedOnOrBefore(addMonths(now, -6))) {
      if (await remind(caseStudy, now, claimed)) sent += 1
    }
    if (sent) logger.info({ sent }, 'freshness reminders sent')
    return { sent }
  }

  return {
    sendDueReminders,

    async forConfirmation(actor: MaybeUser, id: string) {
      const caseStudy = await ownCaseStudy(actor, id)
      return {
        caseStudy,
        lastReviewedAt: lastReviewedAt(caseStudy)!,
        canUpdate: isPublisherOf(actor, caseStudy.leadCouncilCode),
      }
    },

    async confirm(actor: MaybeUser, id: string, context: RequestContext): Promise<CaseStudyData> {
      const caseStudy = await ownCaseStudy(actor, id)
      await repository.setReviewedAt(caseStudy._id, clock())
      await deps.audit.record(context, {
        action: 'case-study.outcomes-confirmed',
        subjectType: 'case-study',
        subjectId: id,
      })
      return caseStudy
    },

    /** Curators: case studies not reviewed for 24 months, oldest review first, a page at a time. */
    async notReviewed(actor: MaybeUser, page: number) {
      authorise(isNetworkAdmin(actor))
      // FerretDB scans for any filter but _id, so the sort by the later of two dates happens here.
      const rows = (await repository.notReviewedSince(addMonths(clock(), -STALE_AFTER_MONTHS)))
        .map(caseStudy => ({ caseStudy, lastReviewedAt: lastReviewedAt(caseStudy)! }))
        .sort(
          (a, b) =>
            a.lastReviewedAt.getTime() - b.lastReviewedAt.getTime() ||
            a.caseStudy._id.toString().localeCompare(b.caseStudy._id.toString()),
        )
      const pageCount = Math.max(1, Math.ceil(rows.length / NOT_REVIEWED_PER_PAGE))
      const start = (page - 1) * NOT_REVIEWED_PER_PAGE
      return { rows: rows.slice(start, start + NOT_REVIEWED_PER_PAGE), total: rows.length, page, pageCount }
    },

    /** The in-app timer; a cron job can call sendDueReminders instead (or as well: each is sent once). */
    start(): void {
      const run = () => {
        running = sendDueReminders().catch((error: unknown) =>
          logger.warn({ err: error }, 'freshness reminders failed'),
        )
      }
      timer = setTimeout(function tick() {
        run()
        timer = setTimeout(tick, RUN_INTERVAL_MS)
        timer.unref()
      }, FIRST_RUN_DELAY_MS)
      timer.unref()
    },

    /** Stops the timer and waits for a run in progress, so shutdown never cuts one short. */
    async stop(): Promise<void> {
      clearTimeout(timer)
      await running
    },
  }
}

export type FreshnessService = ReturnType<typeof createFreshnessService>
