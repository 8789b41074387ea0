import type { Types } from 'mongoose'
import type { CouncilData } from '../data/councilRepository'
import type { UserData, UserRepository } from '../data/userRepository'
import { NotFoundError } from '../errors/httpError'
import { curatorEmails } from '../mail/curatorEmails'
import { emails } from '../mail/emails'
import type { Mailer } from '../mail/mailer'
import { paths } from '../paths'
import type { AuditService, RequestContext } from './auditService'
import { activeCouncilOf, authorise, canManageMembersOf, isNetworkAdmin, isVerified } from './authorisation'
import type { Clock } from './clock'
import type { CouncilService } from './councilService'
import { RATE_LIMITS, type RateLimitService } from './rateLimitService'

type Dependencies = {
  users: UserRepository
  councils: CouncilService
  rateLimits: RateLimitService
  audit: AuditService
  mailer: Mailer
  clock: Clock
  publicBaseUrl: string
}

export type MemberRoles = { isPublisher: boolean; isCouncilAdmin: boolean }

// Pending requests on the users page: more than this waiting is a backlog the admin councils page shows.
const PENDING_SHOWN = 100

const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase()
const subject = (user: UserData) => ({ subjectType: 'user', subjectId: user._id.toString() })

export function createMembershipService(deps: Dependencies) {
  const { users, councils, audit, mailer, clock } = deps

  async function activate(
    user: UserData,
    councilCode: string,
    via: 'email-domain' | 'request',
    decidedBy: Types.ObjectId | null,
  ) {
    return users.setMembership(
      user._id,
      {
        councilCode,
        status: 'active',
        via,
        isPublisher: false,
        isCouncilAdmin: false,
        requestedAt: clock(),
        decidedAt: clock(),
        decidedBy,
      },
      { domainCouncilChoices: [] },
    )
  }

  async function managedMember(actor: UserData, councilCode: string, userId: string): Promise<UserData> {
    authorise(canManageMembersOf(actor, councilCode))
    const member = await users.findById(userId)
    // Someone from another council is "not found" here: its existence is not this admin's business.
    if (!member || member.membership?.councilCode !== councilCode) throw new NotFoundError()
    return member
  }

  return {
    /** On email verification: one council on the domain makes the user its officer; several, a choice. */
    async assignByEmailDomain(user: UserData, context: RequestContext): Promise<void> {
      if (user.membership?.status === 'active') return
      const matches = await councils.findByEmailDomain(emailDomain(user.email))
      if (matches.length === 1) {
        const council = matches[0] as CouncilData
        await activate(user, council.gssCode, 'email-domain', null)
        await audit.record(context, {
          action: 'membership.joined-by-email-domain',
          ...subject(user),
          details: { councilCode: council.gssCode },
        })
      } else if (matches.length > 1) {
        await users.update(user._id, { domainCouncilChoices: matches.map(council => council.gssCode) })
      }
    },

    /** The user picks one of the councils that share their email domain. */
    async chooseDomainCouncil(user: UserData, councilCode: string, context: RequestContext): Promise<void> {
      authorise(isVerified(user) && user.domainCouncilChoices.includes(councilCode))
      await activate(user, councilCode, 'email-domain', null)
      await audit.record(context, {
        action: 'membership.joined-by-email-domain',
        ...subject(user),
        details: { councilCode },
      })
    },

    /** Anyone verified without a council can ask to join one; its admins are emailed. */
    async requestToJoin(user: UserData, councilCode: string, context: RequestContext): Promise<void> {
      authorise(isVerified(user) && !activeCouncilOf(user), 'You are already a member of a council')
      // Each request emails every admin of the council: a few a day is plenty for a real person.
      authorise(
        await deps.rateLimits.attempt(`join-request:user:${user._id.toString()}`, RATE_LIMITS.joinRequestsPerUser),
        'You have sent too many requests today. Try again tomorrow',
      )
      const council = await councils.findByGssCode(councilCode)
      if (!council) throw new NotFoundError('No such council')
      await users.setMembership(user._id, {
        councilCode,
        status: 'pending',
        via: 'request',
        isPublisher: false,
        isCouncilAdmin: false,
        requestedAt: clock(),
        decidedAt: null,
        decidedBy: null,
      })
      await audit.record(context, { action: 'membership.requested', ...subject(user), details: { councilCode } })
      const admins = await users.listCouncilAdmins(councilCode)
      const link = `${deps.publicBaseUrl}${paths.councils.members(council.slug)}`
      for (const admin of admins) await mailer.send(emails.joinRequest(admin.email, council.name, user.name, link))
      // A council nobody administers yet: network admins decide, from their users page.
      if (admins.length === 0) {
        const usersPage = `${deps.publicBaseUrl}${paths.admin.users()}`
        for (const networkAdmin of await users.listNetworkAdmins())
          await mailer.send(
            curatorEmails.joinRequestWithoutAdmin(networkAdmin.email, council.name, user.name, usersPage),
          )
      }
    },

    /** Every request waiting, oldest first, for network admins (whichever council it is for). */
    async pendingRequests(actor: UserData | undefined): Promise<UserData[]> {
      authorise(isNetworkAdmin(actor))
      return users.listPendingRequests(PENDING_SHOWN)
    },

    /** A network admin's decision from the users page: the same decision a council admin makes. */
    async decideAsNetworkAdmin(actor: UserData, userId: string, approve: boolean, context: RequestContext) {
      authorise(isNetworkAdmin(actor))
      const member = await users.findById(userId)
      if (!member?.membership) throw new NotFoundError('No pending request')
      await this.decide(actor, member.membership.councilCode, userId, approve, context)
      return member
    },

    async listMembers(actor: UserData, councilCode: string): Promise<UserData[]> {
      authorise(canManageMembersOf(actor, councilCode))
      return users.listByCouncil(councilCode)
    },

    async decide(
      actor: UserData,
      councilCode: string,
      userId: string,
      approve: boolean,
      context: RequestContext,
    ): Promise<void> {
      const member = await managedMember(actor, councilCode, userId)
      if (member.membership?.status !== 'pending') throw new NotFoundError('No pending request')
      await users.setMembership(member._id, {
        ...member.membership,
        status: approve ? 'active' : 'declined',
        decidedAt: clock(),
        decidedBy: actor._id,
      })
      await audit.record(context, {
        action: approve ? 'membership.approved' : 'membership.declined',
        ...subject(member),
        details: { councilCode },
      })
      const council = await councils.findByGssCode(councilCode)
      await mailer.send(emails.membershipDecision(member.email, member.name, council?.name ?? councilCode, approve))
    },

    async setRoles(
      actor: UserData,
      councilCode: string,
      userId: string,
      roles: MemberRoles,
      context: RequestContext,
    ): Promise<void> {
      const member = await managedMember(actor, councilCode, userId)
      if (member.membership?.status !== 'active') throw new NotFoundError('Not an active member')
      await users.setMembership(member._id, { ...member.membership, ...roles })
      await audit.record(context, {
        action: 'membership.roles-changed',
        ...subject(member),
        details: { councilCode, ...roles },
      })
    },
  }
}

export type MembershipService = ReturnType<typeof createMembershipService>
