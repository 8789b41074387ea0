import type { Logger } from 'pino'
import { councilRepository } from '../data/councilRepository'
import { referenceDataLoadRepository } from '../data/referenceDataLoadRepository'
import { sessionRepository } from '../data/sessionRepository'
import { createCouncilService } from './councilService'
import { createHealthService } from './healthService'
import { createReferenceDataService } from './referenceDataService'
import { createSessionCleanupService } from './sessionCleanupService'

/** The composition root for business logic: the one place services meet their repositories. */
export function createServices(logger: Logger) {
  return {
    councils: createCouncilService(councilRepository),
    health: createHealthService(),
    referenceData: createReferenceDataService(councilRepository, referenceDataLoadRepository),
    sessionCleanup: createSessionCleanupService(sessionRepository, logger),
  }
}

export type Services = ReturnType<typeof createServices>
