import type { Types } from 'mongoose'
import type { AuditRepository } from '../data/auditRepository'
import type { Clock } from './clock'

/** Who is acting and from where; passed by controllers so services never see req. */
export type RequestContext = { actorId: Types.ObjectId | null; ip: string | null; sessionId?: string | null }

export type AuditEntry = {
  action: string
  subjectType: string
  subjectId: string
  details?: Record<string, unknown>
}

export function createAuditService(audit: AuditRepository, clock: Clock) {
  return {
    async record(context: RequestContext, entry: AuditEntry): Promise<void> {
      await audit.insert({
        at: clock(),
        actorId: context.actorId,
        ip: context.ip,
        details: entry.details ?? {},
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId,
      })
    },

    listByActor: (actorId: Types.ObjectId) => audit.listByActor(actorId),
  }
}

export type AuditService = ReturnType<typeof createAuditService>
