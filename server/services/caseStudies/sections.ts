import { type CaseStudyContent, fieldValue, type Field, type Section } from '../../../models/vocabulary'

// The task list's rules over the section definitions (models/vocabulary/sections.ts): which
// sections are done, what is still missing before a case study can be submitted, what changed.

const isFilled = (value: unknown) =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null

export function missingRequiredFields(section: Section, content: CaseStudyContent): Field[] {
  return section.fields.filter(field => field.required && !isFilled(fieldValue(content, field.name)))
}

export type SectionStatus = 'not-started' | 'in-progress' | 'completed'

export function sectionStatus(section: Section, content: CaseStudyContent, savedSections: string[]): SectionStatus {
  const saved = savedSections.includes(section.id)
  const anyFilled = section.fields.some(field => isFilled(fieldValue(content, field.name)))
  if (!saved && !anyFilled) return 'not-started'
  return missingRequiredFields(section, content).length === 0 && saved ? 'completed' : 'in-progress'
}

/** The content's field names that differ between two versions (top-level, as the history shows). */
export function changedFields(before: CaseStudyContent, after: CaseStudyContent): string[] {
  return (Object.keys(after) as (keyof CaseStudyContent)[]).filter(
    key => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  )
}
