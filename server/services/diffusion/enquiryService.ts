import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { EnquiryData, EnquiryRepository } from '../../data/enquiryRepository'
import type { UserData, UserRepository } from '../../data/userRepository'
import { NotFoundError } from '../../errors/httpError'
import { enquiryEmails, type EnquiryEmail } from '../../mail/enquiryEmails'
import type { Mailer } from '../../mail/mailer'
import { paths } from '../../paths'
import type { AuditService, RequestContext } from '../auditService'
import { activeCouncilOf, authorise, isCouncilAdminOf, isPublisherOf, type MaybeUser } from '../authorisation'
import type { Clock } from '../clock'
import type { CouncilService } from '../councilService'
import { RATE_LIMITS, type RateLimitService } from '../rateLimitService'
import { newLinkToken } from '../tokens'
import { routeEnquiry, type Recipient, type Routing } from './enquiryRecipients'

export const ENQUIRIES_PER_PAGE = 25

type Deps = {
  caseStudies: Pick<CaseStudyRepository, 'findBySlug' | 'findById'>
  enquiries: EnquiryRepository
  users: Pick<UserRepository, 'listCouncilAdmins'>
  councils: CouncilService
  rateLimits: RateLimitService
  mailer: Mailer
  audit: AuditService
  clock: Clock
  publicBaseUrl: string
}

/** What the sender may know about where a question goes: names and roles, never addresses. */
export type AskRouting =
  | { route: 'contacts'; recipients: { name: string; role: string }[]; someOptedOut: boolean }
  | { route: 'council-admins' }
  | { route: 'none' }

/** The ask-the-team form's situation for one viewer: only officers learn anything about the team. */
export type AskState =
  | ({ viewer: 'visitor' } & LeadCouncil)
  | ({ viewer: 'not-officer' } & LeadCouncil)
  | ({ viewer: 'officer'; routing: AskRouting } & LeadCouncil)

type LeadCouncil = { councilName: string; councilSlug: string | undefined }

export type SendOutcome = { outcome: 'sent'; enquiryId: string } | { outcome: 'rate-limited' | 'not-taking-questions' }

const askRouting = (routing: Routing): AskRouting =>
  routing.route === 'contacts'
    ? {
        route: 'contacts',
        recipients: routing.recipients.map(({ name, role }) => ({ name, role })),
        someOptedOut: routing.someOptedOut,
      }
    : routing.route === 'council-admins'
      ? { route: 'council-admins' }
      : { route: 'none' }

/** Officers are verified, active members of a council: only they may ask a team. */
const assertOfficer = (user: MaybeUser): string => {
  const councilCode = activeCouncilOf(user)
  authorise(Boolean(councilCode), 'Only council officers can ask a case study’s team')
  return councilCode as string
}

export function createEnquiryService(deps: Deps) {
  const councilName = async (code: string) => (await deps.councils.findByGssCode(code))?.name ?? code

  async function published(find: () => Promise<CaseStudyData | undefined>): Promise<CaseStudyData> {
    const caseStudy = await find()
    if (!caseStudy?.published || caseStudy.archivedAt) throw new NotFoundError()
    return caseStudy
  }

  async function leadCouncil(code: string): Promise<LeadCouncil> {
    const found = await deps.councils.findByGssCode(code)
    return { councilName: found?.name ?? code, councilSlug: found?.slug }
  }

  /** Only an officer's state needs the stored record (its contacts and their opt-outs). */
  async function stateFor(
    leadCouncilCode: string,
    viewer: MaybeUser,
    record: () => Promise<CaseStudyData>,
  ): Promise<AskState> {
    const council = await leadCouncil(leadCouncilCode)
    if (!viewer) return { viewer: 'visitor', ...council }
    if (!activeCouncilOf(viewer)) return { viewer: 'not-officer', ...council }
    return { viewer: 'officer', ...council, routing: askRouting(await routeEnquiry(deps, await record())) }
  }

  async function email(
    recipient: Recipient,
    base: Omit<EnquiryEmail, 'to' | 'recipientName'>,
    caseStudy: CaseStudyData,
  ) {
    const message = { ...base, to: recipient.email, recipientName: recipient.name }
    if (!recipient.optOutId) return enquiryEmails.toCouncilAdmin(message, await councilName(caseStudy.leadCouncilCode))
    const caseStudyId = caseStudy._id.toString()
    const { token, hash } = newLinkToken()
    await deps.enquiries.insertOptOutLink({
      _id: hash,
      caseStudyId,
      optOutId: recipient.optOutId,
      contactName: recipient.name,
      createdAt: deps.clock(),
    })
    return enquiryEmails.toContact(message, `${deps.publicBaseUrl}${paths.enquiries.optOut(token)}`)
  }

  return {
    /**
     * For the case study page, whose controller has already found the published case study: a
     * visitor's or non-officer's state reads nothing more.
     */
    async stateForCaseStudy(caseStudy: { id: string; councilCode: string }, viewer: MaybeUser): Promise<AskState> {
      return stateFor(caseStudy.councilCode, viewer, () => published(() => deps.caseStudies.findById(caseStudy.id)))
    },

    /** The ask form on a page of its own: officers only. */
    async form(actor: MaybeUser, slug: string) {
      assertOfficer(actor)
      const caseStudy = await published(() => deps.caseStudies.findBySlug(String(slug)))
      return {
        title: caseStudy.published!.content.title,
        slug: caseStudy.slug,
        state: await stateFor(caseStudy.leadCouncilCode, actor, () => Promise.resolve(caseStudy)),
      }
    },

    /**
     * Emails the question to the team (each contact with their own opt-out link) and records it.
     * Counted against the sender's daily limit only once there is someone to send it to.
     */
    async send(actor: UserData, slug: string, message: string, context: RequestContext): Promise<SendOutcome> {
      const senderCouncilCode = assertOfficer(actor)
      const caseStudy = await published(() => deps.caseStudies.findBySlug(String(slug)))
      const routing = await routeEnquiry(deps, caseStudy)
      if (routing.route === 'none') return { outcome: 'not-taking-questions' }
      const allowed = await deps.rateLimits.attempt(
        `enquiry:sender:${actor._id.toString()}`,
        RATE_LIMITS.enquiriesPerSender,
      )
      if (!allowed) return { outcome: 'rate-limited' }

      const caseStudyId = caseStudy._id.toString()
      const title = caseStudy.published!.content.title
      const base = {
        senderName: actor.name,
        senderEmail: actor.email,
        senderCouncil: await councilName(senderCouncilCode),
        title,
        message,
        caseStudyLink: `${deps.publicBaseUrl}${paths.caseStudies.show(caseStudy.slug)}`,
      }
      for (const recipient of routing.recipients) await deps.mailer.send(await email(recipient, base, caseStudy))
      const enquiry = await deps.enquiries.insert({
        caseStudyId,
        caseStudyTitle: title,
        councilCode: caseStudy.leadCouncilCode,
        senderId: actor._id,
        senderName: actor.name,
        senderCouncilCode,
        message,
        routedTo: routing.route,
        recipients: routing.recipients.map(({ name, role }) => ({ name, role })),
        sentAt: deps.clock(),
      })
      await deps.audit.record(context, {
        action: 'enquiry.sent',
        subjectType: 'case-study',
        subjectId: caseStudyId,
        details: { enquiryId: enquiry._id.toString(), routedTo: routing.route },
      })
      return { outcome: 'sent', enquiryId: enquiry._id.toString() }
    },

    /** A sent question, for its sender's confirmation page; anyone else gets 404. */
    async sentBy(
      actor: MaybeUser,
      id: string,
    ): Promise<{ enquiry: EnquiryData; slug: string | undefined; councilName: string }> {
      const enquiry = await deps.enquiries.findById(id)
      if (!enquiry || !actor || !enquiry.senderId.equals(actor._id)) throw new NotFoundError()
      const caseStudy = await deps.caseStudies.findById(enquiry.caseStudyId)
      const live = caseStudy?.published && !caseStudy.archivedAt
      return { enquiry, slug: live ? caseStudy.slug : undefined, councilName: await councilName(enquiry.councilCode) }
    },

    /** One page of the enquiries about the actor's council's case studies: its publishers and council admins. */
    async listForCouncil(actor: MaybeUser, page: number) {
      const councilCode = activeCouncilOf(actor)
      authorise(
        Boolean(councilCode && (isPublisherOf(actor, councilCode) || isCouncilAdminOf(actor, councilCode))),
        'Only publishers and council admins can see their council’s enquiries',
      )
      const { enquiries, total } = await deps.enquiries.listByCouncil(
        councilCode as string,
        (page - 1) * ENQUIRIES_PER_PAGE,
        ENQUIRIES_PER_PAGE,
      )
      const pageCount = Math.max(1, Math.ceil(total / ENQUIRIES_PER_PAGE))
      if (page > pageCount) throw new NotFoundError()
      const names = new Map<string, string>()
      for (const code of new Set(enquiries.map(enquiry => enquiry.senderCouncilCode)))
        names.set(code, await councilName(code))
      // Titles link to the case study while it is published; its address may have changed since.
      const slugs = new Map<string, string>()
      for (const id of new Set(enquiries.map(enquiry => enquiry.caseStudyId))) {
        const caseStudy = await deps.caseStudies.findById(id)
        if (caseStudy?.published && !caseStudy.archivedAt) slugs.set(id, caseStudy.slug)
      }
      return {
        councilName: await councilName(councilCode as string),
        enquiries,
        total,
        page,
        pageCount,
        councilNameOf: (code: string) => names.get(code) ?? code,
        slugOf: (caseStudyId: string) => slugs.get(caseStudyId),
      }
    },
  }
}

export type EnquiryService = ReturnType<typeof createEnquiryService>
