import { randomBytes } from 'node:crypto'
import type { Types } from 'mongoose'
import { type CaseStudyContent, SECTIONS } from '../../../models/vocabulary'
import type { CaseStudyData, NewRevision, RevisionData } from '../../data/caseStudyRepository'
import { changedFields } from '../caseStudies/sections'
import type { ImportRow } from './importRow'

// What an imported row becomes: a new case study's document and first revision, or the change to
// an existing one; and whether an existing one already says what the row says.

export type ImportMode = 'published' | 'drafts'
export type Writer = { actorId: Types.ObjectId | null; mode: ImportMode; now: Date }

const ACTION = 'imported'
const ALL_SECTIONS = SECTIONS.map(section => section.id)

/** The same JSON whatever the order of keys: stored documents and built ones list them differently. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object' && !(value instanceof Date))
    return `{${Object.keys(value)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  return JSON.stringify(value)
}

const sameTime = (a: Date | undefined, b: Date | undefined) => !a || a.getTime() === b?.getTime()

/** A draft waiting for a curator, as a submitted one does. */
function submittedDraft(content: CaseStudyContent, revision: number, { actorId, now }: Writer) {
  return {
    content,
    revision,
    reviewState: 'submitted' as const,
    submittedAt: now,
    submittedBy: actorId,
    curatorComment: '',
    savedSections: ALL_SECTIONS,
    updatedAt: now,
  }
}

const confirmation = (row: ImportRow, { actorId, now }: Writer) =>
  row.confirmedEvidenceLevel ? { level: row.confirmedEvidenceLevel, by: actorId as Types.ObjectId, at: now } : null

/** A new case study, published or waiting for review, with its first revision; `content` has its lineage resolved. */
export function newCaseStudy(
  row: ImportRow,
  content: CaseStudyContent,
  ids: { id: Types.ObjectId; slug: string },
  writer: Writer,
): { caseStudy: CaseStudyData; revision: RevisionData } {
  const { now, actorId } = writer
  const key = randomBytes(6).toString('hex')
  const published = writer.mode === 'published'
  return {
    revision: {
      _id: `${ids.id.toString()}:1:${key}`,
      caseStudyId: ids.id,
      number: 1,
      at: now,
      by: actorId,
      action: ACTION,
      changedFields: Object.keys(content),
      content,
    },
    caseStudy: {
      _id: ids.id,
      leadCouncilCode: row.councilCode,
      slug: ids.slug,
      externalId: row.externalId,
      previousSlugs: [],
      createdBy: actorId,
      version: 1,
      revision: 1,
      revisionKeys: [key],
      publishedRevisions: published ? [1] : [],
      // When each version was published, for the public version history (as the review service records).
      publications: published ? [{ revision: 1, at: row.publishedAt ?? now }] : [],
      draft: published ? null : submittedDraft(content, 1, writer),
      published: published
        ? {
            content,
            revision: 1,
            publishedAt: row.publishedAt ?? now,
            firstPublishedAt: row.firstPublishedAt ?? row.publishedAt ?? now,
            publishedBy: actorId,
          }
        : null,
      archivedAt: null,
      evidenceConfirmation: published ? confirmation(row, writer) : null,
      createdAt: now,
      updatedAt: now,
    },
  }
}

/**
 * The row's content with what the exchange schema never carries kept from the case study as it
 * is, in the version the mode writes: its contacts (personal data, never exported) and the files
 * hosted here (stored with this catalogue, not in a row). The published version's when publishing,
 * so an unreviewed edit's are not published with it; the draft's when sending for review.
 */
export function withLocalFields(
  content: CaseStudyContent,
  existing: CaseStudyData,
  mode: ImportMode,
): CaseStudyContent {
  const version = mode === 'published' ? (existing.published ?? existing.draft) : (existing.draft ?? existing.published)
  return { ...content, contacts: version?.content.contacts ?? [], files: version?.content.files ?? [] }
}

/** True when the case study already holds what the row says, in the place the mode writes to. */
export function unchanged(
  existing: CaseStudyData,
  row: ImportRow,
  content: CaseStudyContent,
  mode: ImportMode,
): boolean {
  if (existing.leadCouncilCode !== row.councilCode) return false
  if (mode === 'drafts') {
    const version =
      existing.draft ?? (existing.published && { content: existing.published.content, reviewState: 'submitted' })
    return Boolean(version && version.reviewState === 'submitted' && canonical(version.content) === canonical(content))
  }
  const published = existing.published
  return Boolean(
    published &&
    canonical(published.content) === canonical(content) &&
    sameTime(row.firstPublishedAt, published.firstPublishedAt) &&
    sameTime(row.publishedAt, published.publishedAt) &&
    (!row.confirmedEvidenceLevel || existing.evidenceConfirmation?.level === row.confirmedEvidenceLevel),
  )
}

/** The commit that makes an existing case study say what the row says (caseStudyRepository.commit). */
export function importChange(
  existing: CaseStudyData,
  row: ImportRow,
  content: CaseStudyContent,
  slug: string,
  writer: Writer,
): { revision: NewRevision; set: Record<string, unknown>; push?: Record<string, unknown> } {
  const { now, actorId } = writer
  const number = existing.revision + 1
  const before = existing.draft?.content ?? existing.published?.content ?? content
  const revision = { at: now, by: actorId, action: ACTION, changedFields: changedFields(before, content), content }
  const set: Record<string, unknown> = { leadCouncilCode: row.councilCode }
  if (writer.mode === 'drafts') return { revision, set: { ...set, draft: submittedDraft(content, number, writer) } }
  if (slug !== existing.slug) {
    set.slug = slug
    if (existing.published) set.previousSlugs = [...existing.previousSlugs, existing.slug]
  }
  if (row.confirmedEvidenceLevel) set.evidenceConfirmation = confirmation(row, writer)
  set.published = {
    content,
    revision: number,
    publishedAt: row.publishedAt ?? now,
    firstPublishedAt: row.firstPublishedAt ?? existing.published?.firstPublishedAt ?? now,
    publishedBy: actorId,
  }
  return {
    revision,
    set,
    push: { publishedRevisions: number, publications: { revision: number, at: row.publishedAt ?? now } },
  }
}
