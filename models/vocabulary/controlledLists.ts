import {
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  LICENCES,
  STAGES,
  THEMES,
} from './lists'

type Entries = Record<string, { label: string; hint?: string }>

/**
 * The registry of controlled lists, by the name the codebook, the export's columns and the importer
 * give each, with the list's title. Codes and labels are the lists' own (lists.ts), never copied,
 * so the codebook says what the site says.
 */
export const CONTROLLED_LISTS = {
  themes: { title: 'Themes', entries: THEMES as Entries },
  stages: { title: 'Stages', entries: STAGES as Entries },
  'barrier-categories': { title: 'Barrier categories', entries: BARRIER_CATEGORIES as Entries },
  'enabler-categories': { title: 'Enabler categories', entries: ENABLER_CATEGORIES as Entries },
  'budget-bands': { title: 'Budget bands', entries: BUDGET_BANDS as Entries },
  'evidence-levels': { title: 'Evidence levels (Nesta Standards of Evidence)', entries: EVIDENCE_LEVELS as Entries },
  licences: { title: 'Licences', entries: LICENCES as Entries },
}

export type ListName = keyof typeof CONTROLLED_LISTS

export const LIST_NAMES = Object.keys(CONTROLLED_LISTS) as ListName[]

export const isCodeIn = (list: ListName, code: string): boolean => Object.hasOwn(CONTROLLED_LISTS[list].entries, code)

/** The list whose entries a task-list field offers, found by identity: a field names no list. */
export function listOfOptions(options: Entries): ListName {
  const name = LIST_NAMES.find(candidate => CONTROLLED_LISTS[candidate].entries === options)
  if (!name) throw new Error('A field offers options that are not a controlled list')
  return name
}
