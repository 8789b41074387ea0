import type { CaseStudyData } from '../data/caseStudyRepository'
import { paths } from '../paths'
import { fieldAsText } from '../services/caseStudies/contentDiff'
import {
  SECTIONS,
  asText,
  fieldValue,
  fieldLabel,
  type Field,
  CASE_STUDY_STATUSES,
  labelOf,
  type CaseStudyStatus,
  type CaseStudyContent,
} from '../../models/vocabulary'
import { sectionStatus, type SectionStatus } from '../services/caseStudies/sections'
import { formatDate } from './formatDate'

const STATUS_TEXT: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
}

type Draft = NonNullable<CaseStudyData['draft']>

/** A draft's review state as a status: what the publisher is doing with it. */
const DRAFT_STATUS: Record<Draft['reviewState'], CaseStudyStatus> = {
  editing: 'draft',
  submitted: 'submitted',
  'changes-requested': 'changes-requested',
  rejected: 'rejected',
}

/** Where a case study stands, for the publisher's lists and task list (labels in models/vocabulary/lists.ts). */
export function describeState(caseStudy: CaseStudyData): string {
  if (caseStudy.archivedAt) return labelOf(CASE_STUDY_STATUSES, 'archived')
  if (!caseStudy.draft) return labelOf(CASE_STUDY_STATUSES, 'published')
  const status = DRAFT_STATUS[caseStudy.draft.reviewState]
  return labelOf(CASE_STUDY_STATUSES, caseStudy.published ? `published-${status}` : status)
}

export function presentTaskList(caseStudy: CaseStudyData, draft: Draft) {
  const id = caseStudy._id.toString()
  const sections = SECTIONS.map(section => {
    const status = sectionStatus(section, draft.content, draft.savedSections)
    return {
      id: section.id,
      title: section.title,
      href: paths.publish.section(id, section.id),
      status,
      statusText: STATUS_TEXT[status],
    }
  })
  return {
    id,
    title: draft.content.title,
    state: describeState(caseStudy),
    reviewState: draft.reviewState,
    curatorComment: draft.curatorComment,
    curatorCommentTitle: labelOf(CASE_STUDY_STATUSES, DRAFT_STATUS[draft.reviewState]),
    sections,
    completedCount: sections.filter(section => section.status === 'completed').length,
    lastSaved: formatDate(draft.updatedAt),
    isPublished: Boolean(caseStudy.published),
    publicHref: caseStudy.published && !caseStudy.archivedAt ? paths.caseStudies.show(caseStudy.slug) : undefined,
  }
}

/**
 * One answer as text. A field inside an object (resources.budgetBand, adaptedFrom.externalName)
 * shows its own value, not the whole object's.
 */
function answerText(content: CaseStudyContent, field: Field, titleOf: (caseStudyId: string) => string): string {
  if (!field.name.includes('.')) return fieldAsText(content, field.name as keyof CaseStudyContent, titleOf)
  const value = asText(fieldValue(content, field.name))
  if (field.kind === 'radios' || field.kind === 'select') return labelOf(field.options, value)
  if (field.kind === 'caseStudyRef') return value ? titleOf(value) : ''
  return value
}

/** Check your answers: every section's fields as text, with a change link per section. */
export function presentAnswers(id: string, content: CaseStudyContent, titleOf: (caseStudyId: string) => string) {
  return SECTIONS.map(section => ({
    title: section.title,
    changeHref: paths.publish.section(id, section.id),
    rows: section.fields.map(field => {
      const text = answerText(content, field, titleOf)
      return {
        label: fieldLabel(field.name),
        lines: text ? text.split('\n') : [],
        missing: Boolean(field.required) && !text,
      }
    }),
  }))
}
