// What a publisher writes: one version of a case study. The case study document holds a published
// copy and a draft copy of this, and each revision holds a snapshot of it. Plain types without
// mongoose, so services can use them; models/caseStudyContentSchema.ts says how they are stored.

export type CategoryItem = { category: string; description: string }
export type LinkItem = { title: string; url: string }
export type DocumentItem = LinkItem & { licence: string }
/**
 * A file uploaded and hosted with the case study: its bytes are in the store's GridFS bucket
 * (server/data/documentFileRepository.ts) under `fileId`; `kind` is its type's key in
 * models/documentFileTypes.ts.
 */
export type FileItem = { fileId: string; title: string; licence: string; kind: string; bytes: number; uploadedAt: Date }
export type ContactItem = { name: string; role: string; email: string; phone: string }
export type AdaptedFrom = { caseStudyId: string; externalName: string; externalUrl: string; whatChanged: string }
export type Resources = {
  budgetBand: string
  oneOffCost: string
  recurringCost: string
  staffTime: string
  skills: string
  technology: string
  partners: string
  timeToFirstResults: string
}

export type CaseStudyContent = {
  title: string
  summary: string
  stage: string
  startDate: string
  endDate: string
  themes: string[]
  tags: string[]
  partners: string[]
  problem: string
  whatTheyDid: string
  context: string
  barriers: CategoryItem[]
  enablers: CategoryItem[]
  resources: Resources
  outcomes: string
  evidenceLevel: string
  evidenceReason: string
  evaluations: LinkItem[]
  costsAndSavings: string
  lessons: string
  documents: DocumentItem[]
  files: FileItem[]
  contacts: ContactItem[]
  adaptedFrom: AdaptedFrom
  licence: string
}

export function emptyContent(title = ''): CaseStudyContent {
  return {
    title,
    summary: '',
    stage: '',
    startDate: '',
    endDate: '',
    themes: [],
    tags: [],
    partners: [],
    problem: '',
    whatTheyDid: '',
    context: '',
    barriers: [],
    enablers: [],
    resources: {
      budgetBand: '',
      oneOffCost: '',
      recurringCost: '',
      staffTime: '',
      skills: '',
      technology: '',
      partners: '',
      timeToFirstResults: '',
    },
    outcomes: '',
    evidenceLevel: '',
    evidenceReason: '',
    evaluations: [],
    costsAndSavings: '',
    lessons: '',
    documents: [],
    files: [],
    contacts: [],
    adaptedFrom: { caseStudyId: '', externalName: '', externalUrl: '', whatChanged: '' },
    licence: 'OGL-3.0',
  }
}
