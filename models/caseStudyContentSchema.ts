import { Schema } from 'mongoose'
import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  STORED_LICENCES,
  STAGES,
  THEMES,
  keysOf,
} from './vocabulary'
import { DOCUMENT_FILE_TYPES } from './documentFileTypes'

// How CaseStudyContent (models/vocabulary/content.ts) is stored, inside a case study and each revision.
// Licences: any that could ever be chosen, so records from before only open licences were offered
// still save (a revision snapshot of them is validated); the forms offer open ones only.

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
  documents: { type: [sub({ title: text, url: text, licence: oneOf(keysOf(STORED_LICENCES)) })], default: [] },
  files: {
    type: [
      sub({
        fileId: text,
        title: text,
        licence: oneOf(keysOf(STORED_LICENCES)),
        kind: oneOf(keysOf(DOCUMENT_FILE_TYPES)),
        bytes: { type: Number, default: 0 },
        uploadedAt: { type: Date, default: null },
      }),
    ],
    default: [],
  },
  contacts: { type: [sub({ name: text, role: text, email: text, phone: text })], default: [] },
  adaptedFrom: {
    type: sub({ caseStudyId: text, externalName: text, externalUrl: text, whatChanged: text }),
    default: () => ({}),
  },
  licence: { type: String, default: 'OGL-3.0', enum: keysOf(STORED_LICENCES) },
})
