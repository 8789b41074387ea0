import { Schema } from 'mongoose'
import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  LICENCES,
  STAGES,
  THEMES,
  keysOf,
} from './caseStudyLists'

// What a publisher writes: one version of a case study. The case study document holds a
// published copy and a draft copy of this, and each revision holds a snapshot of it.

export type CategoryItem = { category: string; description: string }
export type LinkItem = { title: string; url: string }
export type DocumentItem = LinkItem & { licence: string }
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
    contacts: [],
    adaptedFrom: { caseStudyId: '', externalName: '', externalUrl: '', whatChanged: '' },
    licence: 'OGL-3.0',
  }
}

const text = { type: String, default: '' }
const oneOf = (keys: string[]) => ({ type: String, default: '', enum: ['', ...keys] })
const sub = (definition: Record<string, unknown>) => new Schema(definition, { _id: false })

export const caseStudyContentSchema = sub({
  title: text,
  summary: text,
  stage: oneOf(keysOf(STAGES)),
  startDate: text,
  endDate: text,
  themes: { type: [{ type: String, enum: keysOf(THEMES) }], default: [] },
  tags: { type: [String], default: [] },
  partners: { type: [String], default: [] },
  problem: text,
  whatTheyDid: text,
  context: text,
  barriers: { type: [sub({ category: oneOf(keysOf(BARRIER_CATEGORIES)), description: text })], default: [] },
  enablers: { type: [sub({ category: oneOf(keysOf(ENABLER_CATEGORIES)), description: text })], default: [] },
  resources: {
    type: sub({
      budgetBand: oneOf(keysOf(BUDGET_BANDS)),
      oneOffCost: text,
      recurringCost: text,
      staffTime: text,
      skills: text,
      technology: text,
      partners: text,
      timeToFirstResults: text,
    }),
    default: () => ({}),
  },
  outcomes: text,
  evidenceLevel: oneOf(keysOf(EVIDENCE_LEVELS)),
  evidenceReason: text,
  evaluations: { type: [sub({ title: text, url: text })], default: [] },
  costsAndSavings: text,
  lessons: text,
  documents: { type: [sub({ title: text, url: text, licence: oneOf(keysOf(LICENCES)) })], default: [] },
  contacts: { type: [sub({ name: text, role: text, email: text, phone: text })], default: [] },
  adaptedFrom: {
    type: sub({ caseStudyId: text, externalName: text, externalUrl: text, whatChanged: text }),
    default: () => ({}),
  },
  licence: { type: String, default: 'OGL-3.0', enum: keysOf(LICENCES) },
})
