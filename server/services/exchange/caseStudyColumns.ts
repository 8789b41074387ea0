import {
  SECTIONS,
  fieldLabel,
  type Field,
  type SimpleField,
  listOfOptions,
  type ListName,
} from '../../../models/vocabulary'

// The one definition of an export's columns: the CSV and JSON Lines writers, the importer and the
// codebook all read it. Content columns take their kind, limits, options and whether they are
// required from the task list's field definitions (models/vocabulary/sections.ts), so a limit is
// written once; only the column's name and its description are written here.

/** One value of an item in a list of records (a barrier, an evaluation, a document). */
export type ItemField = {
  name: string
  type: 'string' | 'code' | 'url'
  required: boolean
  list?: ListName
  maxLength?: number
}

type Base = {
  name: string
  description: string
  /** Every imported row must have it. */
  required: boolean
  /** False: written by exports, ignored by the importer (the catalogue sets it). */
  importable: boolean
  /** Where the value lives in a case study's content (a dotted field name), for content columns. */
  field?: string
  /** The field's name as the site shows it (models/vocabulary/fieldLabels.ts), for content columns. */
  title?: string
}

export type Column = Base &
  (
    | { type: 'string'; maxLength?: number; multiline?: boolean; format?: 'url' | 'gss-code' | 'external-id' }
    | { type: 'code'; list: ListName }
    | { type: 'codes'; list: ListName; maxItems: number }
    | { type: 'strings'; maxItems: number; maxLength: number }
    | { type: 'records'; maxItems: number; items: ItemField[] }
    | { type: 'yearmonth' }
    | { type: 'datetime' }
  )

const allFields: Field[] = SECTIONS.flatMap(section => section.fields)

function itemField(field: SimpleField): ItemField {
  const base = { name: field.name, required: Boolean(field.required) }
  if (field.kind === 'select' || field.kind === 'radios')
    return { ...base, type: 'code', list: listOfOptions(field.options) }
  if (field.kind === 'url') return { ...base, type: 'url', maxLength: field.maxLength }
  if (field.kind === 'text' || field.kind === 'textarea') return { ...base, type: 'string', maxLength: field.maxLength }
  throw new Error(`No export type for an item field of kind ${field.kind}`)
}

/** A column for a content field, typed from its task-list definition. */
function content(name: string, fieldName: string, description: string, required?: boolean): Column {
  const field = allFields.find(candidate => candidate.name === fieldName)
  if (!field) throw new Error(`No task-list field ${fieldName}`)
  const base = {
    name,
    title: fieldLabel(fieldName),
    description,
    required: required ?? Boolean(field.required),
    importable: true,
    field: fieldName,
  }
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return { ...base, type: 'string', maxLength: field.maxLength, multiline: field.kind === 'textarea' }
    case 'url':
      return { ...base, type: 'string', maxLength: field.maxLength, format: 'url' }
    case 'radios':
    case 'select':
      return { ...base, type: 'code', list: listOfOptions(field.options) }
    case 'checkboxes':
      return { ...base, type: 'codes', list: listOfOptions(field.options), maxItems: Object.keys(field.options).length }
    case 'commaList':
    case 'lineList':
      return { ...base, type: 'strings', maxItems: field.maxItems, maxLength: field.maxLength }
    case 'month':
      return { ...base, type: 'yearmonth' }
    case 'group': {
      const items = field.fields.map(itemField)
      if (field.storeAs === 'strings')
        return { ...base, type: 'strings', maxItems: field.maxItems, maxLength: items[0]?.maxLength ?? 0 }
      return { ...base, type: 'records', maxItems: field.maxItems, items }
    }
    default:
      throw new Error(`No export type for field ${fieldName} (${field.kind})`)
  }
}

/** A column the catalogue fills in, which the importer ignores. */
const catalogue = (name: string, description: string): Column => ({
  name,
  description,
  type: 'string',
  required: false,
  importable: false,
})

const publicationDate = (name: string, description: string): Column => ({
  name,
  description: `${description}, in UTC (ISO 8601, for example 2025-03-04T09:30:00.000Z). On import as published, kept if given, else the time of the import.`,
  type: 'datetime',
  required: false,
  importable: true,
})

export const CASE_STUDY_COLUMNS: Column[] = [
  catalogue('id', 'The case study’s identifier in this catalogue. Set by the catalogue: ignored on import.'),
  {
    name: 'external_id',
    type: 'string',
    format: 'external-id',
    maxLength: 200,
    required: true,
    importable: true,
    description:
      'The identifier the source of the data gives the case study, unique per source: start it with the source’s name, for example "lga:1234". Importing a row whose external_id is already in the catalogue updates that case study rather than adding another. Case studies published on this site have "practice-exchange:" followed by their id. A letter or digit, then up to 199 letters, digits and . _ : / -',
  },
  catalogue(
    'slug',
    'The last part of the case study’s address on this site. Set from the title and council: ignored on import.',
  ),
  {
    name: 'lead_council_code',
    type: 'string',
    format: 'gss-code',
    required: true,
    importable: true,
    description:
      'The ONS GSS code of the council that ran the programme, for example E08000035 (Leeds). It must be a council this catalogue holds.',
  },
  catalogue(
    'lead_council_name',
    'The name of the lead council. From the catalogue’s council records: ignored on import.',
  ),
  content('title', 'title', 'What the programme does.'),
  content('summary', 'summary', 'One paragraph: the problem, what was done and what changed.'),
  content('stage', 'stage', 'How far the programme has got.'),
  content('start_date', 'startDate', 'When it started, as year and month (YYYY-MM).'),
  content('end_date', 'endDate', 'When it ended, as year and month (YYYY-MM); empty while it is running.'),
  content('themes', 'themes', 'The service areas it belongs to.'),
  content('tags', 'tags', 'Free keywords, for example "falls" or "telecare". A tag may not contain ";".'),
  content('partners', 'partners', 'Partner organisations by name. A name may not contain ";".'),
  content('problem', 'problem', 'The problem the programme set out to solve.'),
  content('what_they_did', 'whatTheyDid', 'What the council did.'),
  content('context', 'context', 'What about the area or council shaped how it worked.'),
  content('barriers', 'barriers', 'What got in the way and how it was handled: each a category and a description.'),
  content('enablers', 'enablers', 'What made it work: each a category and a description.'),
  content('budget_band', 'resources.budgetBand', 'The total budget, in bands.'),
  content('one_off_cost', 'resources.oneOffCost', 'One-off costs, in words and figures.'),
  content('recurring_cost', 'resources.recurringCost', 'Recurring costs, in words and figures.'),
  content('staff_time', 'resources.staffTime', 'The staff time it took.'),
  content('skills_needed', 'resources.skills', 'The skills it needed.'),
  content('technology_needed', 'resources.technology', 'The technology it needed.'),
  content('partners_needed', 'resources.partners', 'The partners it needed.'),
  content(
    'time_to_first_results',
    'resources.timeToFirstResults',
    'How long before the first results, for example "6 months".',
  ),
  content('outcomes', 'outcomes', 'What changed, with figures and the period they cover.'),
  content('evidence_level', 'evidenceLevel', 'How strong the evidence is, as the council assessed it.'),
  {
    name: 'evidence_level_confirmed',
    type: 'code',
    list: 'evidence-levels',
    required: false,
    importable: true,
    description:
      'The evidence level a curator confirmed; empty if none has. Imported only with published case studies; an empty cell leaves a confirmation already made in place.',
  },
  content('evidence_reason', 'evidenceReason', 'Why the evidence is at that level.'),
  content('evaluations', 'evaluations', 'Evaluations and reports: each a title and a link (http or https).'),
  content('costs_and_savings', 'costsAndSavings', 'What it cost and what it saved, and who the savings fell to.'),
  content('lessons', 'lessons', 'Advice for a council about to try it.'),
  content(
    'documents',
    'documents',
    'Documents to reuse: each a title, a link (http or https) and the code of its licence.',
  ),
  {
    name: 'adapted_from_external_id',
    type: 'string',
    format: 'external-id',
    maxLength: 200,
    required: false,
    importable: true,
    description:
      'The external_id of the case study in this catalogue it was adapted from. On import it must be in the catalogue already or on another row of the same file.',
  },
  content('adapted_from_name', 'adaptedFrom.externalName', 'Or the name of a programme elsewhere it was adapted from.'),
  content('adapted_from_url', 'adaptedFrom.externalUrl', 'A link (http or https) to that programme.'),
  content('adapted_from_changes', 'adaptedFrom.whatChanged', 'What was changed in adapting it, and why.'),
  // Every case study has a licence; an import without one gets the default, as a new case study does.
  content(
    'licence',
    'licence',
    'The licence others may reuse the case study under. Empty on import means OGL-3.0.',
    false,
  ),
  publicationDate('first_published_at', 'When it was first published'),
  publicationDate('published_at', 'When its current version was published'),
]

export const COLUMN_NAMES = CASE_STUDY_COLUMNS.map(column => column.name)
export const columnNamed = (name: string) => CASE_STUDY_COLUMNS.find(column => column.name === name)
