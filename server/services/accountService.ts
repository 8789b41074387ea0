import type { Types } from 'mongoose'
import type { EmailTokenRepository } from '../data/emailTokenRepository'
import type { SessionRepository } from '../data/sessionRepository'
import type { UserData, UserRepository } from '../data/userRepository'
import { emails } from '../mail/emails'
import type { Mailer } from '../mail/mailer'
import { paths } from '../paths'
import type { AuditService, RequestContext } from './auditService'
import type { BackgroundTasks } from './backgroundTasks'
import type { Clock } from './clock'
import type { MembershipService } from './membershipService'
import { hashPassword, spendVerificationTime, verifyPassword } from './passwords'
import { RATE_LIMITS, type RateLimitService } from './rateLimitService'
import { hashLinkToken, newLinkToken } from './tokens'

const HOUR = 60 * 60 * 1000
const VERIFY_LINK_LIFETIME_MS = 24 * HOUR
const RESET_LINK_LIFETIME_MS = HOUR

export type SignInResult =
  | { outcome: 'signed-in'; user: UserData }
  | { outcome: 'wrong-credentials' | 'too-many-requests' | 'disabled' }
  | { outcome: 'locked'; minutesLeft: number }

type Dependencies = {
  users: UserRepository
  tokens: EmailTokenRepository
  sessions: SessionRepository
  rateLimits: RateLimitService
  audit: AuditService
  membership: MembershipService
  mailer: Mailer
  clock: Clock
  publicBaseUrl: string
  background: BackgroundTasks
  /** Other features' records of the user (saved searches, ...): in "download your data", deleted with the account. */
  personalData?: PersonalDataStore[]
}

export type PersonalDataStore = {
  name: string
  exportFor(userId: string): Promise<unknown>
  deleteFor(userId: string): Promise<void>
}

const asSubject = (user: UserData) => ({ subjectType: 'user', subjectId: user._id.toString() })

export function createAccountService(deps: Dependencies) {
  const { users, tokens, rateLimits, audit, mailer, clock, publicBaseUrl } = deps
  const link = (path: string) => `${publicBaseUrl}${path}`

  async function issueToken(userId: Types.ObjectId, purpose: 'verify-email' | 'reset-password', lifetimeMs: number) {
    const { token, hash } = newLinkToken()
    await tokens.insert({ _id: hash, userId, purpose, expiresAt: new Date(clock().getTime() + lifetimeMs) })
    return token
  }

  async function sendVerification(user: UserData) {
    const token = await issueToken(user._id, 'verify-email', VERIFY_LINK_LIFETIME_MS)
    await mailer.send(emails.verifyEmail(user.email, user.name, link(paths.auth.verifyEmail(token))))
  }

  async function sendResetLink(email: string, context: RequestContext) {
    const user = await users.findByEmail(email)
    if (!user || user.disabledAt || !(await rateLimits.attempt(`reset:email:${email}`, RATE_LIMITS.resetPerEmail)))
      return
    const token = await issueToken(user._id, 'reset-password', RESET_LINK_LIFETIME_MS)
    await mailer.send(emails.resetPassword(user.email, user.name, link(paths.auth.resetPassword(token))))
    await audit.record(context, { action: 'account.password-reset-requested', ...asSubject(user) })
  }

  return {
    /**
     * Creates an unverified account and emails a verification link. If the email is taken, the
     * owner is emailed instead: the page says the same either way, so nobody learns who has an account.
     */
    async register(
      input: { name: string; email: string; password: string },
      context: RequestContext,
    ): Promise<'sent' | 'too-many-requests'> {
      if (!(await rateLimits.attempt(`create-account:ip:${context.ip}`, RATE_LIMITS.createAccountPerIp)))
        return 'too-many-requests'
      const passwordHash = await hashPassword(input.password)
      const created = await users.insert({ email: input.email, name: input.name, passwordHash })
      if (!created) {
        const existing = await users.findByEmail(input.email)
        if (existing && (await rateLimits.attempt(`verify:email:${input.email}`, RATE_LIMITS.verificationPerEmail))) {
          await mailer.send(
            emails.accountAlreadyExists(
              existing.email,
              existing.name,
              link(paths.auth.signIn()),
              link(paths.auth.forgottenPassword()),
            ),
          )
        }
        return 'sent'
      }
      await audit.record({ ...context, actorId: created._id }, { action: 'account.created', ...asSubject(created) })
      await sendVerification(created)
      return 'sent'
    },

    async resendVerification(email: string, context: RequestContext): Promise<'sent' | 'too-many-requests'> {
      if (!(await rateLimits.attempt(`verify:ip:${context.ip}`, RATE_LIMITS.verificationPerIp)))
        return 'too-many-requests'
      const user = await users.findByEmail(email)
      if (
        user &&
        !user.emailVerifiedAt &&
        (await rateLimits.attempt(`verify:email:${email}`, RATE_LIMITS.verificationPerEmail))
      ) {
        await sendVerification(user)
      }
      return 'sent'
    },

    async verifyEmail(token: string, context: RequestContext): Promise<'verified' | 'invalid' | 'too-many-requests'> {
      if (!(await rateLimits.attempt(`token:ip:${context.ip}`, RATE_LIMITS.tokenLinkPerIp))) return 'too-many-requests'
      const used = await tokens.consume(hashLinkToken(token), 'verify-email', clock())
      const user = used && (await users.findById(used.userId))
      if (!user) return 'invalid'
      if (!user.emailVerifiedAt) {
        const verified = (await users.update(user._id, { emailVerifiedAt: clock() })) ?? user
        await audit.record({ ...context, actorId: user._id }, { action: 'account.email-verified', ...asSubject(user) })
        await deps.membership.assignByEmailDomain(verified, context)
      }
      return 'verified'
    },

    async signIn(email: string, password: string, context: RequestContext): Promise<SignInResult> {
      if (!(await rateLimits.attempt(`sign-in:ip:${context.ip}`, RATE_LIMITS.signInPerIp)))
        return { outcome: 'too-many-requests' }
      const lockKey = `sign-in:email:${email}`
      const lockedUntil = await rateLimits.lockedUntil(lockKey)
      if (lockedUntil) {
        return {
          outcome: 'locked',
          minutesLeft: Math.max(1, Math.ceil((lockedUntil.getTime() - clock().getTime()) / 60_000)),
        }
      }

      const user = await users.findByEmail(email)
      const correct = user
        ? await verifyPassword(user.passwordHash, password)
        : (await spendVerificationTime(password), false)
      if (!user || !correct) {
        // Unknown emails are counted and locked too, so a lock-out says nothing about who has an account.
        await rateLimits.recordFailure(lockKey, RATE_LIMITS.signInFailuresPerEmail)
        if (user) await audit.record(context, { action: 'account.sign-in-failed', ...asSubject(user) })
        return { outcome: 'wrong-credentials' }
      }
      if (user.disabledAt) return { outcome: 'disabled' }
      await rateLimits.clear(lockKey)
      const signedIn = (await users.update(user._id, { lastSignInAt: clock() })) ?? user
      await audit.record({ ...context, actorId: user._id }, { action: 'account.signed-in', ...asSubject(user) })
      return { outcome: 'signed-in', user: signedIn }
    },

    async recordSignOut(user: UserData, context: RequestContext): Promise<void> {
      await audit.record(context, { action: 'account.signed-out', ...asSubject(user) })
    },

    /**
     * Answers before looking the address up: the lookup, the token and the email happen afterwards,
     * for every address alike, so how long the answer takes says nothing about who has an account.
     */
    async requestPasswordReset(email: string, context: RequestContext): Promise<'sent' | 'too-many-requests'> {
      if (!(await rateLimits.attempt(`reset:ip:${context.ip}`, RATE_LIMITS.resetPerIp))) return 'too-many-requests'
      deps.background.run('password reset email', () => sendResetLink(email, context))
      return 'sent'
    },

    async isResetLinkValid(token: string): Promise<boolean> {
      const found = await tokens.find(hashLinkToken(token))
      return Boolean(found && found.purpose === 'reset-password' && !found.usedAt && found.expiresAt > clock())
    },

    async resetPassword(
      token: string,
      password: string,
      context: RequestContext,
    ): Promise<'reset' | 'invalid' | 'too-many-requests'> {
      if (!(await rateLimits.attempt(`token:ip:${context.ip}`, RATE_LIMITS.tokenLinkPerIp))) return 'too-many-requests'
      const used = await tokens.consume(hashLinkToken(token), 'reset-password', clock())
      const user = used && (await users.findById(used.userId))
      if (!user) return 'invalid'
      // Following the emailed link proves the address, so an unverified account becomes verified.
      await users.update(user._id, {
        passwordHash: await hashPassword(password),
        passwordChangedAt: clock(),
        emailVerifiedAt: user.emailVerifiedAt ?? clock(),
      })
      await tokens.deleteForUser(user._id, 'reset-password')
      // Whoever else was signed in as this person (perhaps the reason for the reset) is signed out.
      await deps.sessions.deleteForUser(user._id.toString())
      await rateLimits.clear(`sign-in:email:${user.email}`)
      if (!user.emailVerifiedAt)
        await deps.membership.assignByEmailDomain({ ...user, emailVerifiedAt: clock() }, context)
      await audit.record({ ...context, actorId: user._id }, { action: 'account.password-reset', ...asSubject(user) })
      await mailer.send(emails.passwordChanged(user.email, user.name))
      return 'reset'
    },

    async changePassword(
      user: UserData,
      current: string,
      next: string,
      context: RequestContext,
    ): Promise<'changed' | 'wrong-password'> {
      if (!(await verifyPassword(user.passwordHash, current))) return 'wrong-password'
      await users.update(user._id, { passwordHash: await hashPassword(next), passwordChangedAt: clock() })
      await deps.sessions.deleteForUser(user._id.toString(), context.sessionId)
      await audit.record(context, { action: 'account.password-changed', ...asSubject(user) })
      await mailer.send(emails.passwordChanged(user.email, user.name))
      return 'changed'
    },

    async changeName(user: UserData, name: string, context: RequestContext): Promise<void> {
      await users.update(user._id, { name })
      await audit.record(context, { action: 'account.name-changed', ...asSubject(user) })
    },

    /** Everything we hold about the user, for "download your data". */
    async exportData(user: UserData) {
      const activity = await audit.listByActor(user._id)
      const others: [string, unknown][] = await Promise.all(
        (deps.personalData ?? []).map(
          async store => [store.name, await store.exportFor(user._id.toString())] as [string, unknown],
        ),
      )
      return {
        exportedAt: clock().toISOString(),
        account: {
          id: user._id.toString(),
          name: user.name,
          email: user.email,
          emailVerifiedAt: user.emailVerifiedAt,
          createdAt: (user as { createdAt?: Date }).createdAt,
          lastSignInAt: user.lastSignInAt,
          passwordChangedAt: user.passwordChangedAt,
          isNetworkAdmin: user.isNetworkAdmin,
        },
        membership: user.membership,
        activity: activity.map(event => ({
          at: event.at,
          action: event.action,
          subject: `${event.subjectType}:${event.subjectId}`,
          ip: event.ip,
        })),
        ...(Object.fromEntries(others) as Record<string, unknown>),
      }
    },

    /**
     * Deletes the account and its personal data. Audit events keep only the account's id; the
     * council's published case studies stay, attributed to the council.
     */
    async deleteAccount(
      user: UserData,
      password: string,
      context: RequestContext,
    ): Promise<'deleted' | 'wrong-password'> {
      if (!(await verifyPassword(user.passwordHash, password))) return 'wrong-password'
      await tokens.deleteForUser(user._id)
      await deps.sessions.deleteForUser(user._id.toString())
      for (const store of deps.personalData ?? []) await store.deleteFor(user._id.toString())
      await users.deleteById(user._id)
      await audit.record(context, { action: 'account.deleted', ...asSubject(user) })
      return 'deleted'
    },
  }
}

export type AccountService = ReturnType<typeof createAccountService>
