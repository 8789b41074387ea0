import type { Model } from 'mongoose'
import { AdoptionDeclaration } from '../../models/AdoptionDeclaration'
import { AdoptionDeclarationEvent } from '../../models/AdoptionDeclarationEvent'
import { AlertClaim } from '../../models/AlertClaim'
import { AlertRunLease } from '../../models/AlertRunLease'
import { AlertSubscription } from '../../models/AlertSubscription'
import { AuditEvent } from '../../models/AuditEvent'
import { CaseStudy } from '../../models/CaseStudy'
import { CaseStudyCommit } from '../../models/CaseStudyCommit'
import { CaseStudyExternalId } from '../../models/CaseStudyExternalId'
import { CaseStudyRevision } from '../../models/CaseStudyRevision'
import { CaseStudySlug } from '../../models/CaseStudySlug'
import { Collection } from '../../models/Collection'
import { Council } from '../../models/Council'
import { EmailToken } from '../../models/EmailToken'
import { FreshnessReminder } from '../../models/FreshnessReminder'
import { Enquiry } from '../../models/Enquiry'
import { EnquiryOptOut } from '../../models/EnquiryOptOut'
import { EnquiryOptOutLink } from '../../models/EnquiryOptOutLink'
import { IndexerLease } from '../../models/IndexerLease'
import { PageViewCount } from '../../models/PageViewCount'
import { PendingDocumentFile } from '../../models/PendingDocumentFile'
import { RateLimit } from '../../models/RateLimit'
import { RateLimitTicket } from '../../models/RateLimitTicket'
import { ReferenceDataLoad } from '../../models/ReferenceDataLoad'
import { SearchCount } from '../../models/SearchCount'
import { SearchIndexTask } from '../../models/SearchIndexTask'
import { SearchSetting } from '../../models/SearchSetting'
import { SavedCaseStudy } from '../../models/SavedCaseStudy'
import { Session } from '../../models/Session'
import { SigningKey } from '../../models/SigningKey'
import { User } from '../../models/User'
import { ZeroResultSearch } from '../../models/ZeroResultSearch'
import { documentFileRepository } from './documentFileRepository'

// Every model, so one step creates every collection and index. New models join this list.
const MODELS = [
  Council,
  ReferenceDataLoad,
  Session,
  User,
  EmailToken,
  RateLimit,
  RateLimitTicket,
  AuditEvent,
  CaseStudy,
  CaseStudyRevision,
  CaseStudySlug,
  CaseStudyCommit,
  CaseStudyExternalId,
  SearchIndexTask,
  IndexerLease,
  SearchSetting,
  ZeroResultSearch,
  Collection,
  PendingDocumentFile,
  FreshnessReminder,
  Enquiry,
  EnquiryOptOut,
  EnquiryOptOutLink,
  AdoptionDeclaration,
  AdoptionDeclarationEvent,
  PageViewCount,
  SearchCount,
  SavedCaseStudy,
  AlertSubscription,
  AlertClaim,
  AlertRunLease,
  SigningKey,
] as unknown as Model<never>[]

/**
 * Creates the collections and indexes the schemas declare. Idempotent: createIndexes on an
 * existing index with the same definition is a no-op on MongoDB and FerretDB alike.
 */
export async function ensureIndexes(): Promise<void> {
  for (const model of MODELS) {
    await model.createCollection().catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error
    })
    await model.createIndexes()
  }
  await documentFileRepository.ensureIndexes()
}
