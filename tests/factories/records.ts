import { ObjectId } from 'mongodb'
import { emptyContent, type CaseStudyContent } from '../../models/vocabulary'
import type { CaseStudyData, RevisionSummary } from '../../server/data/caseStudyRepository'
import type { CouncilData } from '../../server/data/councilRepository'
import type { UserData } from '../../server/data/userRepository'
import type { Role } from './userFactory'

// Plain records as the repositories return them, built in memory for unit tests (no store):
// each call gets fresh ids and names, and overrides say only what a test is about. Ids are the
// driver's ObjectId, the class lean() records hold (mongoose's Types.ObjectId is the same one):
// importing it from mongodb keeps mongoose, a third of a second to load, out of unit tests.

let sequence = 0
const next = () => ++sequence
export const AT = new Date('2025-03-14T10:30:00Z')

export function buildCouncil(overrides: Partial<CouncilData> = {}): CouncilData {
  const n = next()
  return {
    gssCode: `E0800${String(n).padStart(4, '0')}`,
    slug: `council-${n}`,
    name: `Council ${n}`,
    type: 'metropolitan-district',
    nation: 'England',
    region: 'Yorkshire and The Humber',
    population: 100_000 + n,
    populationYear: 2023,
    deprivationRank: 100,
    ruralUrban: 'Urban',
    websiteDomain: `council-${n}.gov.uk`,
    extraEmailDomains: [],
    neighbours: { global: [], economic: [], demographic: [] },
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

/** A user with `role` (as tests/factories/userFactory.ts stores one); officers and up belong to `councilCode`. */
export function buildUser(
  role: Role = 'officer',
  {
    councilCode = 'E08000035',
    pending = false,
    ...overrides
  }: Partial<UserData> & { councilCode?: string; pending?: boolean } = {},
): UserData {
  const n = next()
  const inCouncil = role === 'officer' || role === 'publisher' || role === 'councilAdmin' || pending
  return {
    _id: new ObjectId(),
    email: `${role.toLowerCase()}-${n}@example.org`,
    name: `Test ${role} ${n}`,
    passwordHash: 'not-a-real-hash',
    emailVerifiedAt: role === 'unverified' ? null : AT,
    disabledAt: null,
    isNetworkAdmin: role === 'networkAdmin',
    membership: inCouncil
      ? {
          councilCode,
          status: pending ? 'pending' : 'active',
          via: 'admin',
          isPublisher: role === 'publisher',
          isCouncilAdmin: role === 'councilAdmin',
          requestedAt: AT,
          decidedAt: pending ? null : AT,
          decidedBy: null,
        }
      : null,
    domainCouncilChoices: [],
    lastSignInAt: null,
    passwordChangedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

/** Complete content: every required field filled, one item in each list. */
export function buildContent(overrides: Partial<CaseStudyContent> = {}): CaseStudyContent {
  const n = next()
  return {
    ...emptyContent(`Falls prevention ${n}`),
    summary: 'We phoned people living alone after a fall.',
    stage: 'live',
    startDate: '2023-04',
    themes: ['adult-social-care'],
    tags: ['falls', 'telecare'],
    partners: ['NHS trust'],
    problem: 'Falls were rising.\n\nAmbulances waited hours.',
    whatTheyDid: 'A proactive call service.',
    context: 'A city with many people living alone.',
    barriers: [{ category: 'data-sharing', description: 'Sharing records with the NHS.' }],
    enablers: [{ category: 'political-support', description: 'The leader backed it.' }],
    resources: { ...emptyContent().resources, budgetBand: '50k-250k', staffTime: 'Two officers' },
    outcomes: 'Admissions fell by 12%.',
    evidenceLevel: '2',
    evidenceReason: 'Before and after figures.',
    evaluations: [{ title: 'Evaluation', url: 'https://example.org/evaluation' }],
    lessons: 'Start small.',
    documents: [{ title: 'Script', url: 'https://example.org/script', licence: 'OGL-3.0' }],
    contacts: [{ name: 'Alex Contact', role: 'Lead', email: 'alex@example.org', phone: '' }],
    ...overrides,
  }
}

type Draft = NonNullable<CaseStudyData['draft']>
type Published = NonNullable<CaseStudyData['published']>

export const buildDraft = (overrides: Partial<Draft> = {}): Draft => ({
  content: buildContent(),
  revision: 1,
  reviewState: 'editing',
  submittedAt: null,
  submittedBy: null,
  curatorComment: '',
  savedSections: [],
  updatedAt: AT,
  ...overrides,
})

export const buildPublished = (overrides: Partial<Published> = {}): Published => ({
  content: buildContent(),
  revision: 1,
  publishedAt: AT,
  firstPublishedAt: AT,
  publishedBy: null,
  ...overrides,
})

/** A case study with a draft and nothing published, unless overrides say otherwise. */
export function buildCaseStudy(overrides: Partial<CaseStudyData> = {}): CaseStudyData {
  const n = next()
  return {
    _id: new ObjectId(),
    leadCouncilCode: 'E08000035',
    slug: `case-study-${n}`,
    previousSlugs: [],
    createdBy: null,
    version: 1,
    revision: 1,
    revisionKeys: [],
    publishedRevisions: [],
    draft: buildDraft(),
    published: null,
    archivedAt: null,
    evidenceConfirmation: null,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  }
}

export const buildRevision = (overrides: Partial<RevisionSummary> = {}): RevisionSummary => ({
  _id: `revision-${next()}`,
  caseStudyId: new ObjectId(),
  number: 1,
  at: AT,
  by: null,
  action: 'save',
  changedFields: ['title'],
  ...overrides,
})
