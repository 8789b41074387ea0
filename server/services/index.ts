import type { Logger } from 'pino'
import type { Config } from '../config'
import { alertClaimRepository } from '../data/alertClaimRepository'
import { alertRunLeaseRepository } from '../data/alertRunLeaseRepository'
import { alertSubscriptionRepository } from '../data/alertSubscriptionRepository'
import { auditRepository } from '../data/auditRepository'
import { caseStudyExchangeRepository } from '../data/caseStudyExchangeRepository'
import { caseStudyRepository } from '../data/caseStudyRepository'
import { collectionRepository } from '../data/collectionRepository'
import { councilRepository } from '../data/councilRepository'
import { declarationRepository } from '../data/declarationRepository'
import { dashboardRepository } from '../data/dashboardRepository'
import { documentFileRepository } from '../data/documentFileRepository'
import { emailTokenRepository } from '../data/emailTokenRepository'
import { freshnessRepository } from '../data/freshnessRepository'
import { enquiryRepository } from '../data/enquiryRepository'
import { indexerLeaseRepository } from '../data/indexerLeaseRepository'
import { pendingDocumentFileRepository } from '../data/pendingDocumentFileRepository'
import { rateLimitRepository } from '../data/rateLimitRepository'
import { savedCaseStudyRepository } from '../data/savedCaseStudyRepository'
import { signingKeyRepository } from '../data/signingKeyRepository'
import { referenceDataLoadRepository } from '../data/referenceDataLoadRepository'
import { sessionRepository } from '../data/sessionRepository'
import { searchIndexTaskRepository } from '../data/searchIndexTaskRepository'
import { searchSettingRepository } from '../data/searchSettingRepository'
import { usageCountRepository } from '../data/usageCountRepository'
import { userRepository } from '../data/userRepository'
import { zeroResultSearchRepository } from '../data/zeroResultSearchRepository'
import { createMailer, type Mailer } from '../mail/mailer'
import { createSearchEngine } from '../search/createSearchEngine'
import type { SearchEngine } from '../search/searchTypes'
import type { SupervisedStoreState } from '../store/storeSupervisor'
import { createAccountService } from './accountService'
import { createAuditService } from './auditService'
import { createBackgroundTasks } from './backgroundTasks'
import { createCouncilPageService } from './browse/councilPageService'
import { createCaseStudyEditingService } from './caseStudies/caseStudyEditingService'
import { unlessSearchUnavailable } from '../errors/searchUnavailableError'
import { createCaseStudyReadService } from './caseStudies/caseStudyReadService'
import { createCaseStudyReviewService } from './caseStudies/caseStudyReviewService'
import { createCuratorNotifications } from './caseStudies/curatorNotifications'
import { createLicenceCheckService } from './caseStudies/licenceCheckService'
import { createPublicVersionService } from './caseStudies/publicVersionService'
import { systemClock, type Clock } from './clock'
import { collectionItemReader } from './collections/collectionItems'
import { createCollectionCurationService } from './collections/collectionCurationService'
import { createCollectionReadService } from './collections/collectionReadService'
import { createCouncilAdminService } from './councilAdminService'
import { createCouncilService } from './councilService'
import { createDemoContentService } from './demoContentService'
import { createFreshnessService } from './diffusion/freshnessService'
import { createDeclarationService } from './diffusion/declarationService'
import { createLineageService } from './diffusion/lineageService'
import { createAlertMatcher } from './diffusion/alertMatches'
import { createAlertService } from './diffusion/alertService'
import { createFollowService } from './diffusion/followService'
import { createUnsubscribeTokens } from './diffusion/unsubscribeTokens'
import { createDocumentService } from './documents/documentService'
import { createEnquiryOptOutService } from './diffusion/enquiryOptOutService'
import { enquiryPersonalData } from './diffusion/enquiryPersonalData'
import { createEnquiryService } from './diffusion/enquiryService'
import { createSitemapService } from './discovery/sitemapService'
import { createExportService } from './exchange/exportService'
import { createImportService } from './exchange/importService'
import { createHealthService } from './healthService'
import { createMembershipService } from './membershipService'
import { createRateLimitService } from './rateLimitService'
import { createReferenceDataService } from './referenceDataService'
import { createBrowseService } from './search/browseService'
import { createSearchAdminService } from './search/searchAdminService'
import { createSearchIndexService } from './search/searchIndexService'
import { createSearchService } from './search/searchService'
import { similarCaseStudies } from './search/similarCaseStudies'
import { createSynonymService } from './search/synonymService'
import { createSessionCleanupService } from './sessionCleanupService'
import { createDashboardService } from './diffusion/dashboardService'
import { createUsageCounter } from './diffusion/usageCounter'
import { createUserAdminService } from './userAdminService'

type Options = {
  config: Config
  logger: Logger
  clock?: Clock
  mailer?: Mailer
  searchEngine?: SearchEngine
  /** The embedded store's supervisor state, for readiness (absent with MONGODB_URI and in tests). */
  storeState?: () => SupervisedStoreState | undefined
}

/** The composition root for business logic: the one place services meet their repositories. */
export function createServices({
  config,
  logger,
  clock = systemClock,
  mailer = createMailer(config, logger),
  searchEngine = createSearchEngine(config),
  storeState,
}: Options) {
  const audit = createAuditService(auditRepository, clock)
  const background = createBackgroundTasks(logger)
  const councils = createCouncilService(councilRepository, audit, () => clock().getTime())
  const rateLimits = createRateLimitService(rateLimitRepository, clock)
  const shared = { audit, mailer, clock, publicBaseUrl: config.publicBaseUrl }
  const membership = createMembershipService({ ...shared, users: userRepository, councils, rateLimits })
  const curatorNotifications = createCuratorNotifications({ ...shared, users: userRepository, councils })
  const caseStudyEditing = createCaseStudyEditingService(
    caseStudyRepository,
    councils,
    audit,
    clock,
    (caseStudy, title, resubmitted) => curatorNotifications.submitted(caseStudy, title, resubmitted),
  )
  const documents = createDocumentService({
    editing: caseStudyEditing,
    caseStudies: caseStudyRepository,
    files: documentFileRepository,
    pending: pendingDocumentFileRepository,
    clock,
  })
  const engine = searchEngine
  const synonyms = createSynonymService({ engine, settings: searchSettingRepository, audit, clock })
  const searchIndex = createSearchIndexService({
    engine,
    repository: caseStudyRepository,
    tasks: searchIndexTaskRepository,
    leases: indexerLeaseRepository,
    settings: searchSettingRepository,
    councils,
    synonyms,
    clock,
    logger,
  })
  const usage = createUsageCounter(usageCountRepository, clock, logger)
  const search = createSearchService({
    engine: searchIndex.engine,
    ready: searchIndex.ready,
    councils,
    zeroResults: zeroResultSearchRepository,
    vocabulary: synonyms.analysed,
    clock,
    counter: usage,
  })
  const browse = createBrowseService({ engine: searchIndex.engine, ready: searchIndex.ready })
  const followed = { engine: searchIndex.engine, ready: searchIndex.ready, clock }
  const unsubscribeTokens = createUnsubscribeTokens(signingKeyRepository, clock)
  const follows = createFollowService({
    ...followed,
    saved: savedCaseStudyRepository,
    subscriptions: alertSubscriptionRepository,
    tokens: unsubscribeTokens,
  })
  const alerts = createAlertService({
    subscriptions: alertSubscriptionRepository,
    claims: alertClaimRepository,
    leases: alertRunLeaseRepository,
    users: userRepository,
    councils,
    matcher: createAlertMatcher({ ...followed, councils, saved: savedCaseStudyRepository }),
    tokens: unsubscribeTokens,
    mailer,
    clock,
    logger,
    publicBaseUrl: config.publicBaseUrl,
  })
  const collections = createCollectionReadService(
    collectionRepository,
    collectionItemReader(caseStudyRepository, councils),
  )
  const declarations = createDeclarationService({
    ...shared,
    declarations: declarationRepository,
    caseStudies: caseStudyRepository,
    users: userRepository,
    councils,
    editing: caseStudyEditing,
    background,
  })
  const lineage = createLineageService({
    caseStudies: caseStudyRepository,
    declarations: declarationRepository,
    councils,
    adaptationIdsOf: id => unlessSearchUnavailable(search.adaptationIdsOf(id), []),
  })
  return {
    // Controllers read the time from here, so pages that say "3 days ago" follow a test's clock.
    clock,
    search,
    usage,
    dashboards: createDashboardService({
      repository: dashboardRepository,
      usage: usageCountRepository,
      councils,
      clock,
      enquiryCounts: (ids, since) => enquiryRepository.countByDay(ids, since),
      declarationCounts: (ids, since) => declarationRepository.countByDay(ids, since),
    }),
    browse,
    follows,
    alerts,
    unsubscribeTokens,
    councilPages: createCouncilPageService(councils, browse),
    collections,
    curation: createCollectionCurationService({
      collections: collectionRepository,
      reads: collections,
      caseStudies: caseStudyRepository,
      audit,
    }),
    similarCaseStudies: async (id: string) => {
      await searchIndex.ready()
      return similarCaseStudies(searchIndex.engine, id)
    },
    searchIndex,
    synonyms,
    searchAdmin: createSearchAdminService(searchIndex, zeroResultSearchRepository),
    caseStudyEditing,
    declarations,
    lineage,
    caseStudyReview: createCaseStudyReviewService({
      ...shared,
      repository: caseStudyRepository,
      users: userRepository,
      editing: caseStudyEditing,
    }),
    caseStudies: createCaseStudyReadService(caseStudyRepository, councils, id =>
      unlessSearchUnavailable(search.adaptationsOf(id), []),
    ),
    enquiries: createEnquiryService({
      ...shared,
      caseStudies: caseStudyRepository,
      enquiries: enquiryRepository,
      users: userRepository,
      councils,
      rateLimits,
    }),
    enquiryOptOuts: createEnquiryOptOutService({
      caseStudies: caseStudyRepository,
      enquiries: enquiryRepository,
      audit,
      clock,
    }),
    licenceChecks: createLicenceCheckService(caseStudyRepository, councils),
    documents,
    publicVersions: createPublicVersionService(caseStudyRepository, councils),
    sitemaps: createSitemapService(search),
    demoContent: createDemoContentService(caseStudyRepository, councils, audit, clock, documents),
    caseStudyExports: createExportService({ search, repository: caseStudyExchangeRepository, councils, clock }),
    caseStudyImports: createImportService({
      repository: caseStudyRepository,
      exchange: caseStudyExchangeRepository,
      councils,
      audit,
      clock,
      // The outbox holds their tasks whatever happens: an index that cannot take them now gets them from the indexer.
      indexCommitted: caseStudies =>
        searchIndex.indexCommitted(caseStudies).catch((error: unknown) => {
          logger.warn({ err: error }, 'imported case studies left for the indexer')
        }),
    }),
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
      background,
      personalData: [follows.personalData, enquiryPersonalData(enquiryRepository)],
    }),
    background,
    userAdmin: createUserAdminService(userRepository, audit, clock),
    councilAdmin: createCouncilAdminService(councils, userRepository),
    freshness: createFreshnessService({
      ...shared,
      repository: freshnessRepository,
      caseStudies: caseStudyRepository,
      users: userRepository,
      logger,
    }),
    users: { findById: (id: string) => userRepository.findById(id) },
    health: createHealthService({
      storeState,
      search: () => searchIndex.health(),
    }),
    referenceData: createReferenceDataService(councilRepository, referenceDataLoadRepository),
    sessionCleanup: createSessionCleanupService(sessionRepository, logger, [
      { what: 'rate-limit tickets', deleteExpired: now => rateLimitRepository.deleteExpired(now) },
      { what: 'abandoned uploads', deleteExpired: () => documents.sweep() },
      { what: 'finished alert claims', deleteExpired: now => alerts.deleteOldClaims(now) },
    ]),
  }
}

export type Services = ReturnType<typeof createServices>
