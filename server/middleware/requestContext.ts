import type { Request } from 'express'
import type { RequestContext } from '../services/auditService'

/** Who is acting and from where, for services (which never see req). */
export function requestContext(req: Request): RequestContext {
  return { actorId: req.user?._id ?? null, ip: req.ip ?? null, sessionId: req.sessionID ?? null }
}
