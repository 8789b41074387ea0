import { diffWords } from 'diff'
import {
  type CaseStudyContent,
  BARRIER_CATEGORIES,
  BUDGET_BANDS,
  ENABLER_CATEGORIES,
  EVIDENCE_LEVELS,
  STORED_LICENCES,
  STAGES,
  THEMES,
  labelOf,
  FIELD_LABELS,
  emptyContent,
  fieldLabel,
} from '../../../models/vocabulary'
import { fileDescription } from '../../../models/documentFileTypes'

export type DiffPart = { text: string; change: 'added' | 'removed' | 'same' }
export type FieldDiff = { field: keyof CaseStudyContent; label: string; parts: DiffPart[] }

/** A field as readable text, so a word diff of two versions says what changed in words people use. */
export function fieldAsText(
  content: CaseStudyContent,
  field: keyof CaseStudyContent,
  adaptedFromTitle: (id: string) => string = id => id,
): string {
  switch (field) {
    case 'stage':
      return labelOf(STAGES, content.stage)
    case 'evidenceLevel':
      return labelOf(EVIDENCE_LEVELS, content.evidenceLevel)
    case 'licence':
      return labelOf(STORED_LICENCES, content.licence)
    case 'themes':
      return content.themes.map(theme => labelOf(THEMES, theme)).join(', ')
    case 'tags':
      return content.tags.join(', ')
    case 'partners':
      return content.partners.join('\n')
    case 'barriers':
      return content.barriers
        .map(item => `${labelOf(BARRIER_CATEGORIES, item.category)}: ${item.description}`)
        .join('\n')
    case 'enablers':
      return content.enablers
        .map(item => `${labelOf(ENABLER_CATEGORIES, item.category)}: ${item.description}`)
        .join('\n')
    case 'evaluations':
      return content.evaluations.map(item => `${item.title} (${item.url})`).join('\n')
    case 'documents':
      return content.documents
        .map(item => `${item.title} (${item.url}), ${labelOf(STORED_LICENCES, item.licence)}`)
        .join('\n')
    case 'files':
      return (content.files ?? [])
        .map(item => `${item.title} (${fileDescription(item)}), ${labelOf(STORED_LICENCES, item.licence)}`)
        .join('\n')
    case 'contacts':
      return content.contacts
        .map(item => [item.name, item.role, item.email, item.phone].filter(Boolean).join(', '))
        .join('\n')
    case 'resources':
      return Object.entries(content.resources)
        .filter(([, value]) => value)
        .map(
          ([key, value]) =>
            `${fieldLabel(`resources.${key}`)}: ${key === 'budgetBand' ? labelOf(BUDGET_BANDS, value) : value}`,
        )
        .join('\n')
    case 'adaptedFrom': {
      const from = content.adaptedFrom
      return [
        from.caseStudyId ? adaptedFromTitle(from.caseStudyId) : '',
        from.externalName,
        from.externalUrl,
        from.whatChanged,
      ]
        .filter(Boolean)
        .join('\n')
    }
    default:
      return String(content[field] ?? '')
  }
}

/** Field-by-field word diffs between two versions; unchanged fields are left out. */
export function diffContent(
  before: CaseStudyContent | undefined,
  after: CaseStudyContent,
  options: { includeContacts: boolean; titleOf?: (caseStudyId: string) => string },
): FieldDiff[] {
  const fields = (Object.keys(emptyContent()) as (keyof CaseStudyContent)[]).filter(
    field => options.includeContacts || field !== 'contacts',
  )
  return fields.flatMap(field => {
    const old = before ? fieldAsText(before, field, options.titleOf) : ''
    const now = fieldAsText(after, field, options.titleOf)
    if (old === now) return []
    const parts: DiffPart[] = diffWords(old, now).map(part => ({
      text: part.value,
      change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    }))
    return [{ field, label: FIELD_LABELS[field], parts }]
  })
}
