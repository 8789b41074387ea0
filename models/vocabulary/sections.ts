import { MAX_FILES_PER_CASE_STUDY } from '../documentFileTypes'
import type { CaseStudyContent } from './content'
import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  LICENCES,
  STAGES,
  THEMES,
} from './lists'

// The task list: which fields each section holds, in order, and which must be filled before a
// case study can be submitted. Forms, pages and the submit check all read these definitions.

type Options = Record<string, { label: string; hint?: string }>
/**
 * `label` is what the form asks. `title` names the answer wherever it is shown rather than asked
 * for (check answers, the case study page, its history, the export's codebook), when the form's
 * question is more than a name; without one, the label names it (see fieldLabels.ts).
 */
type Base = { name: string; label: string; title?: string; hint?: string; required?: boolean }

export type SimpleField =
  | (Base & { kind: 'text' | 'textarea' | 'url' | 'email' | 'phone'; maxLength: number; rows?: number })
  | (Base & { kind: 'radios' | 'select'; options: Options })
  | (Base & { kind: 'checkboxes'; options: Options })
  | (Base & { kind: 'commaList' | 'lineList'; maxItems: number; maxLength: number })
  | (Base & { kind: 'month' })
  | (Base & { kind: 'caseStudyRef' })

/** Repeating items. With `storeAs: 'strings'` each item's single field is stored as a plain string. */
export type GroupField = Base & {
  kind: 'group'
  itemLabel: string
  maxItems: number
  fields: SimpleField[]
  storeAs?: 'strings'
}
/** Files uploaded and hosted with the case study: shown on the section's page, changed by their own forms. */
export type FilesField = Base & { kind: 'files'; maxItems: number }
export type Field = SimpleField | GroupField | FilesField

export type Section = { id: string; title: string; intro?: string; fields: Field[] }

const SHORT = 300
const PARAGRAPH = 1_500
const LONG = 10_000

export const SECTIONS: Section[] = [
  {
    id: 'title-and-summary',
    title: 'Title, summary and stage',
    fields: [
      {
        name: 'title',
        kind: 'text',
        label: 'Title',
        hint: 'Say what the programme does, for example "Proactive falls prevention for people living alone"',
        maxLength: 150,
        required: true,
      },
      {
        name: 'summary',
        kind: 'textarea',
        label: 'Summary',
        hint: 'One paragraph: the problem, what you did and what changed',
        maxLength: PARAGRAPH,
        rows: 5,
        required: true,
      },
      { name: 'stage', kind: 'radios', label: 'Stage', options: STAGES, required: true },
      {
        name: 'startDate',
        kind: 'month',
        label: 'When did it start?',
        title: 'Start date',
        hint: 'For example, 4 2023',
      },
      {
        name: 'endDate',
        kind: 'month',
        label: 'When did it end?',
        title: 'End date',
        hint: 'Leave blank if it is still running',
      },
    ],
  },
  {
    id: 'themes-and-tags',
    title: 'Themes and tags',
    fields: [
      {
        name: 'themes',
        kind: 'checkboxes',
        label: 'Which themes does it cover?',
        title: 'Themes',
        hint: 'Select all that apply',
        options: THEMES,
        required: true,
      },
      {
        name: 'tags',
        kind: 'commaList',
        label: 'Tags',
        hint: 'Separate tags with commas, for example "falls, telecare, reablement"',
        maxItems: 20,
        maxLength: 50,
      },
    ],
  },
  {
    id: 'partners',
    title: 'Partner organisations',
    fields: [
      {
        name: 'partners',
        kind: 'group',
        label: 'Partner organisations',
        itemLabel: 'Partner',
        maxItems: 30,
        storeAs: 'strings',
        fields: [{ name: 'name', kind: 'text', label: 'Organisation name', maxLength: 150, required: true }],
      },
    ],
  },
  {
    id: 'problem-and-approach',
    title: 'The problem and what you did',
    fields: [
      {
        name: 'problem',
        kind: 'textarea',
        label: 'What problem were you solving?',
        title: 'The problem',
        maxLength: LONG,
        rows: 8,
        required: true,
      },
      {
        name: 'whatTheyDid',
        kind: 'textarea',
        label: 'What did you do?',
        title: 'What they did',
        maxLength: LONG,
        rows: 10,
        required: true,
      },
    ],
  },
  {
    id: 'local-context',
    title: 'Local context',
    fields: [
      {
        name: 'context',
        kind: 'textarea',
        label: 'What about your area or council shaped how it worked?',
        title: 'Local context',
        hint: 'For example population, geography, services already in place, politics',
        maxLength: LONG,
        rows: 8,
        required: true,
      },
    ],
  },
  {
    id: 'barriers',
    title: 'Barriers',
    intro: 'What got in the way, and how you handled it.',
    fields: [
      {
        name: 'barriers',
        kind: 'group',
        label: 'Barriers',
        itemLabel: 'Barrier',
        maxItems: 15,
        required: true,
        fields: [
          { name: 'category', kind: 'select', label: 'Type of barrier', options: BARRIER_CATEGORIES, required: true },
          {
            name: 'description',
            kind: 'textarea',
            label: 'What happened and how you handled it',
            maxLength: PARAGRAPH,
            rows: 4,
            required: true,
          },
        ],
      },
    ],
  },
  {
    id: 'enablers',
    title: 'What made it work',
    fields: [
      {
        name: 'enablers',
        kind: 'group',
        label: 'Enablers',
        title: 'What made it work',
        itemLabel: 'Enabler',
        maxItems: 15,
        required: true,
        fields: [
          { name: 'category', kind: 'select', label: 'Type of enabler', options: ENABLER_CATEGORIES, required: true },
          {
            name: 'description',
            kind: 'textarea',
            label: 'How it helped',
            maxLength: PARAGRAPH,
            rows: 4,
            required: true,
          },
        ],
      },
    ],
  },
  {
    id: 'resources',
    title: 'Resources and capabilities',
    fields: [
      { name: 'resources.budgetBand', kind: 'radios', label: 'Total budget', options: BUDGET_BANDS, required: true },
      {
        name: 'resources.oneOffCost',
        kind: 'text',
        label: 'One-off costs',
        hint: 'For example "£40,000 for equipment and set-up"',
        maxLength: SHORT,
      },
      {
        name: 'resources.recurringCost',
        kind: 'text',
        label: 'Recurring costs',
        hint: 'For example "£85,000 a year for two posts"',
        maxLength: SHORT,
      },
      { name: 'resources.staffTime', kind: 'text', label: 'Staff time', maxLength: SHORT },
      { name: 'resources.skills', kind: 'text', label: 'Skills needed', maxLength: SHORT },
      { name: 'resources.technology', kind: 'text', label: 'Technology needed', maxLength: SHORT },
      { name: 'resources.partners', kind: 'text', label: 'Partners needed', maxLength: SHORT },
      {
        name: 'resources.timeToFirstResults',
        kind: 'text',
        label: 'Time to first results',
        hint: 'For example "6 months"',
        maxLength: 100,
      },
    ],
  },
  {
    id: 'outcomes-and-evidence',
    title: 'Outcomes and evidence',
    fields: [
      {
        name: 'outcomes',
        kind: 'textarea',
        label: 'What changed?',
        title: 'Outcomes',
        hint: 'Give figures where you can, with the period they cover',
        maxLength: LONG,
        rows: 8,
        required: true,
      },
      {
        name: 'evidenceLevel',
        kind: 'radios',
        label: 'How strong is the evidence?',
        title: 'Evidence level',
        hint: 'Nesta Standards of Evidence. A curator will confirm the level.',
        options: EVIDENCE_LEVELS,
        required: true,
      },
      {
        name: 'evidenceReason',
        kind: 'textarea',
        label: 'Why this level?',
        title: 'Why this evidence level',
        maxLength: PARAGRAPH,
        rows: 3,
        required: true,
      },
      {
        name: 'evaluations',
        kind: 'group',
        label: 'Evaluations and reports',
        itemLabel: 'Evaluation',
        maxItems: 10,
        fields: [
          { name: 'title', kind: 'text', label: 'Title', maxLength: 200, required: true },
          { name: 'url', kind: 'url', label: 'Link', maxLength: 2_000, required: true },
        ],
      },
    ],
  },
  {
    id: 'costs-and-savings',
    title: 'Costs and savings',
    fields: [
      {
        name: 'costsAndSavings',
        kind: 'textarea',
        label: 'What did it cost, and what did it save?',
        title: 'Costs and savings',
        hint: 'Cashable and non-cashable savings, and who they fell to',
        maxLength: LONG,
        rows: 6,
      },
    ],
  },
  {
    id: 'lessons',
    title: 'Lessons and advice',
    fields: [
      {
        name: 'lessons',
        kind: 'textarea',
        label: 'What would you tell a council about to try this?',
        title: 'Lessons and advice',
        maxLength: LONG,
        rows: 8,
        required: true,
      },
    ],
  },
  {
    id: 'documents',
    title: 'Documents to reuse',
    intro: 'Business cases, specifications, job descriptions, templates: anything another council could reuse.',
    fields: [
      { name: 'files', kind: 'files', label: 'Files', maxItems: MAX_FILES_PER_CASE_STUDY },
      {
        name: 'documents',
        kind: 'group',
        label: 'Documents',
        itemLabel: 'Document',
        maxItems: 20,
        fields: [
          { name: 'title', kind: 'text', label: 'Title', maxLength: 200, required: true },
          { name: 'url', kind: 'url', label: 'Link', maxLength: 2_000, required: true },
          { name: 'licence', kind: 'select', label: 'Licence', options: LICENCES, required: true },
        ],
      },
    ],
  },
  {
    id: 'contacts',
    title: 'Contacts',
    intro: 'Only signed-in council officers see contact details. They are never published openly.',
    fields: [
      {
        name: 'contacts',
        kind: 'group',
        label: 'Contacts',
        itemLabel: 'Contact',
        maxItems: 5,
        required: true,
        fields: [
          { name: 'name', kind: 'text', label: 'Name', maxLength: 100, required: true },
          { name: 'role', kind: 'text', label: 'Role', maxLength: 150, required: true },
          { name: 'email', kind: 'email', label: 'Email address', maxLength: 254, required: true },
          { name: 'phone', kind: 'phone', label: 'Telephone number (optional)', maxLength: 30 },
        ],
      },
    ],
  },
  {
    id: 'adapted-from',
    title: 'Adapted from',
    intro: 'If you copied or adapted this from another council or programme, say so: it shows how practice spreads.',
    fields: [
      {
        name: 'adaptedFrom.caseStudyId',
        kind: 'caseStudyRef',
        label: 'A case study on Practice Exchange',
        title: 'Adapted from a case study on Practice Exchange',
        hint: 'Paste its address, for example https://…/case-studies/its-name',
      },
      {
        name: 'adaptedFrom.externalName',
        kind: 'text',
        label: 'Or the name of another programme',
        title: 'Adapted from another programme',
        maxLength: 200,
      },
      { name: 'adaptedFrom.externalUrl', kind: 'url', label: 'Link to that programme', maxLength: 2_000 },
      {
        name: 'adaptedFrom.whatChanged',
        kind: 'textarea',
        label: 'What did you change, and why?',
        title: 'What was changed, and why',
        maxLength: PARAGRAPH,
        rows: 5,
      },
    ],
  },
  {
    id: 'licence',
    title: 'Licence',
    fields: [
      {
        name: 'licence',
        kind: 'radios',
        label: 'Under what licence can others reuse this case study?',
        title: 'Licence',
        options: LICENCES,
        required: true,
      },
    ],
  },
]

export const sectionById = (id: string) => SECTIONS.find(section => section.id === id)

/** A stored value as a string: '' for anything that is not one. */
export const asText = (value: unknown): string => (typeof value === 'string' ? value : '')

/** Reads a dotted field name ("resources.budgetBand") from content. */
export function fieldValue(content: CaseStudyContent, name: string): unknown {
  return name.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], content)
}
