import { emptyContent, type CaseStudyContent } from '../../../models/vocabulary'
import { CASE_STUDY_COLUMNS, COLUMN_NAMES, type Column } from './caseStudyColumns'
import { unescapeFormula, type ExchangeValue } from './exchangeFormats'
import { fromCsvCell, fromJsonValue, isEmpty } from './importValues'

/** A problem with a row, by its line in the file and its column, for the import report. */
export type Issue = { line: number; field: string; message: string }

/** A row that passed every check, as a case study's parts. */
export type ImportRow = {
  line: number
  externalId: string
  councilCode: string
  /** The content, without contacts (which the schema never carries). */
  content: CaseStudyContent
  confirmedEvidenceLevel: string
  adaptedFromExternalId: string
  firstPublishedAt: Date | undefined
  publishedAt: Date | undefined
}

/** A record as read from the file: CSV cells by column name, or a JSON Lines object. */
export type RawRecord =
  { format: 'csv'; cells: Record<string, string> } | { format: 'jsonl'; object: Record<string, unknown> }

const IMPORTED = CASE_STUDY_COLUMNS.filter(column => column.importable)
const KNOWN = new Set(COLUMN_NAMES)
export const DEFAULT_LICENCE = 'OGL-3.0'

function setField(content: CaseStudyContent, name: string, value: unknown): void {
  const keys = name.split('.')
  const last = keys.pop()!
  const parent = keys.reduce<Record<string, unknown>>(
    (node, key) => node[key] as Record<string, unknown>,
    content as unknown as Record<string, unknown>,
  )
  parent[last] = value
}

const read = (column: Column, record: RawRecord) =>
  record.format === 'csv'
    ? fromCsvCell(column, unescapeFormula(record.cells[column.name] ?? ''))
    : fromJsonValue(column, record.object[column.name])

/**
 * Checks one record against the export schema (caseStudyColumns.ts) and, if nothing is wrong,
 * makes it a case study's parts. Every problem in the row is reported, not just the first.
 * `isCouncil` says whether a GSS code is a council the catalogue holds.
 */
export function readRow(
  line: number,
  record: RawRecord,
  isCouncil: (gssCode: string) => boolean,
): { row: ImportRow; issues?: undefined } | { row?: undefined; issues: Issue[] } {
  const issues: Issue[] = []
  const issue = (field: string, message: string) => issues.push({ line, field, message })
  if (record.format === 'jsonl')
    for (const key of Object.keys(record.object)) if (!KNOWN.has(key)) issue(key, 'Not a column of the export schema')
  const values: Record<string, ExchangeValue> = {}
  for (const column of IMPORTED) {
    const checked = read(column, record)
    if (checked.problem !== undefined) issue(column.name, checked.problem)
    else if (column.required && isEmpty(checked.value)) issue(column.name, 'Missing: every row needs a value here')
    else values[column.name] = checked.value
  }
  const text = (name: string) => (values[name] as string | undefined) ?? ''
  if (text('lead_council_code') && !isCouncil(text('lead_council_code')))
    issue('lead_council_code', `No council in the catalogue has the GSS code ${text('lead_council_code')}`)
  if (text('start_date') && text('end_date') && text('end_date') < text('start_date'))
    issue('end_date', 'Must be the same as or after start_date')
  if (text('first_published_at') && text('published_at') && text('published_at') < text('first_published_at'))
    issue('published_at', 'Must be the same as or after first_published_at')
  if (text('adapted_from_external_id') && text('adapted_from_external_id') === text('external_id'))
    issue('adapted_from_external_id', 'A case study cannot be adapted from itself')
  if (issues.length) return { issues }

  const content = emptyContent()
  for (const column of IMPORTED) if (column.field) setField(content, column.field, values[column.name])
  content.licence ||= DEFAULT_LICENCE
  const date = (name: string) => (text(name) ? new Date(text(name)) : undefined)
  return {
    row: {
      line,
      externalId: text('external_id'),
      councilCode: text('lead_council_code'),
      content,
      confirmedEvidenceLevel: text('evidence_level_confirmed'),
      adaptedFromExternalId: text('adapted_from_external_id'),
      firstPublishedAt: date('first_published_at'),
      publishedAt: date('published_at'),
    },
  }
}
