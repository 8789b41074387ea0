import type { CaseStudyData } from '../../data/caseStudyRepository'
import { fieldValue } from '../../../models/vocabulary'
import { CASE_STUDY_COLUMNS } from './caseStudyColumns'
import type { ExchangeRow, RecordItem } from './exchangeFormats'

/** What the external id of a case study written on this site starts with; its id follows. */
export const OWN_PREFIX = 'practice-exchange:'

/** The external id a case study is exported under: its source's, or this catalogue's own. */
export const exportedExternalId = (caseStudy: Pick<CaseStudyData, '_id' | 'externalId'>): string =>
  caseStudy.externalId ?? `${OWN_PREFIX}${caseStudy._id.toString()}`

export type RowContext = {
  councilName: string
  /** The external id of the case study it was adapted from, if it names one. */
  adaptedFromExternalId: string
}

/**
 * A published case study as one row of the export schema. Values are taken column by column from
 * the published version, so nothing the columns do not name (contacts, drafts, curator comments)
 * can reach an export.
 */
export function exportRow(caseStudy: CaseStudyData, context: RowContext): ExchangeRow {
  const published = caseStudy.published
  if (!published) throw new Error('Only published case studies are exported')
  const special: Record<string, string> = {
    id: caseStudy._id.toString(),
    external_id: exportedExternalId(caseStudy),
    slug: caseStudy.slug,
    lead_council_code: caseStudy.leadCouncilCode,
    lead_council_name: context.councilName,
    evidence_level_confirmed: caseStudy.evidenceConfirmation?.level ?? '',
    adapted_from_external_id: context.adaptedFromExternalId,
    first_published_at: published.firstPublishedAt.toISOString(),
    published_at: published.publishedAt.toISOString(),
  }
  const row: ExchangeRow = {}
  for (const column of CASE_STUDY_COLUMNS) {
    if (!column.field) {
      row[column.name] = special[column.name] ?? ''
      continue
    }
    const value = fieldValue(published.content, column.field)
    if (column.type === 'records') {
      const names = column.items.map(item => item.name)
      row[column.name] = ((value as RecordItem[] | undefined) ?? []).map(item =>
        Object.fromEntries(names.map(name => [name, String(item[name] ?? '')])),
      )
    } else if (column.type === 'codes' || column.type === 'strings') {
      row[column.name] = [...((value as string[] | undefined) ?? [])]
    } else row[column.name] = typeof value === 'string' ? value : ''
  }
  return row
}
