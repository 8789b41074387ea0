import type { Logger } from 'pino'
import type { Config } from '../config'
import { auditRepository } from '../data/auditRepository'
import { caseStudyRepository } from '../data/caseStudyRepository'
import { councilRepository } from '../data/councilRepository'
import { emailTokenRepository } from '../data/emailTokenRepository'
import { rateLimitRepository } from '../data/rateLimitRepository'
import { referenceDataLoadRepository } from '../data/referenceDataLoadRepository'
import { sessionRepository } from '../data/sessionRepository'
import { userRepository } from '../data/userRepository'
import { createMailer, type Mailer } from '../mail/mailer'
import { createAccountService } from './accountService'
import { createAuditService } from './auditService'
import { createCaseStudyEditingService } from './caseStudies/caseStudyEditingService'
import { createCaseStudyReadService } from './caseStudies/caseStudyReadService'
import { createCaseStudyReviewService } from './caseStudies/caseStudyReviewService'
import { systemClock, type Clock } from './clock'
import { createCouncilService } from './councilService'
import { createDemoContentService } from './demoContent/demoContentService'
import { createHealthService } from './healthService'
import { createMembershipService } from './membershipService'
import { createRateLimitService } from './rateLimitService'
import { createReferenceDataService } from './referenceDataService'
import { createSessionCleanupService } from './sessionCleanupService'
import { createUserAdminService } from './userAdminService'

type Options = { config: Config; logger: Logger; clock?: Clock; mailer?: Mailer }

/** The composition root for business logic: the one place services meet their repositories. */
export function createServices({
  config,
  logger,
  clock = systemClock,
  mailer = createMailer(config, logger),
}: Options) {
  const audit = createAuditService(auditRepository, clock)
  const councils = createCouncilService(councilRepository, audit, () => clock().getTime())
  const rateLimits = createRateLimitService(rateLimitRepository, clock)
  const shared = { audit, mailer, clock, publicBaseUrl: config.publicBaseUrl }
  const membership = createMembershipService({ ...shared, users: userRepository, councils, rateLimits })
  const caseStudyEditing = createCaseStudyEditingService(caseStudyRepository, councils, audit, clock)
  return {
    caseStudyEditing,
    caseStudyReview: createCaseStudyReviewService({
      ...shared,
      repository: caseStudyRepository,
      users: userRepository,
      editing: caseStudyEditing,
    }),
    caseStudies: createCaseStudyReadService(caseStudyRepository, councils),
    demoContent: createDemoContentService(caseStudyRepository, councils, audit, clock),
    audit,
    councils,
    membership,
    accounts: createAccountService({
      ...shared,
      users: userRepository,
      tokens: emailTokenRepository,
      sessions: sessionRepository,
      rateLimits,
      membership,
    }),
    userAdmin: createUserAdminService(userRepository, audit, clock),
    users: { findById: (id: string) => userRepository.findById(id) },
    health: createHealthService(),
    referenceData: createReferenceDataService(councilRepository, referenceDataLoadRepository),
    sessionCleanup: createSessionCleanupService(sessionRepository, logger),
  }
}

export type Services = ReturnType<typeof createServices>
