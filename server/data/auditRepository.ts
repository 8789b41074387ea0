import type { Types } from 'mongoose'
import { AuditEvent, type AuditEventRecord } from '../../models/AuditEvent'

export type NewAuditEvent = Omit<AuditEventRecord, '_id'>

export const auditRepository = {
  async insert(event: NewAuditEvent): Promise<void> {
    await AuditEvent.create(event)
  },

  listByActor(actorId: Types.ObjectId): Promise<AuditEventRecord[]> {
    return AuditEvent.find({ actorId }).sort({ at: -1 }).lean<AuditEventRecord[]>().exec()
  },
}

export type AuditRepository = typeof auditRepository
