import { CASE_STUDY_COLUMNS, type Column } from './caseStudyColumns'

// How a row of the export schema is written as CSV and as JSON Lines, and how a CSV cell is read
// back: the rules the codebook states.

export type RecordItem = Record<string, string>
export type ExchangeValue = string | string[] | RecordItem[]
export type ExchangeRow = Record<string, ExchangeValue>

export const FORMATS = ['csv', 'jsonl'] as const
export type ExchangeFormat = (typeof FORMATS)[number]

export const MEDIA_TYPES: Record<ExchangeFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
}

/** Separates the items of a list in a CSV cell; items may not contain it. */
export const LIST_DELIMITER = ';'

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection). Such a cell
// is written with a single quote in front, which spreadsheets show as text; so is a cell already
// starting with a quote, so that reading removes exactly one and gets back what was written.
const FORMULA_START = /^[=+\-@\t\r']/
export const FORMULA_PREFIX = "'"

export const escapeFormula = (cell: string): string => (FORMULA_START.test(cell) ? `${FORMULA_PREFIX}${cell}` : cell)
export const unescapeFormula = (cell: string): string => (cell.startsWith(FORMULA_PREFIX) ? cell.slice(1) : cell)

/** RFC 4180: a cell holding a comma, quote or line break goes in double quotes, its quotes doubled. */
const quoted = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)

/** A value as the text of its CSV cell: lists joined by ";", lists of records as JSON, empty lists empty. */
export function cellText(column: Column, value: ExchangeValue | undefined): string {
  if (value === undefined) return ''
  if (column.type === 'records') return (value as RecordItem[]).length ? JSON.stringify(value) : ''
  if (Array.isArray(value)) return (value as string[]).join(LIST_DELIMITER)
  return value
}

/** One CSV line (RFC 4180, CRLF), each cell quoted as needed and guarded against spreadsheet formulas. */
export const csvLine = (cells: string[]) => `${cells.map(cell => quoted(escapeFormula(cell))).join(',')}\r\n`

// A byte order mark, so that Excel reads the file as UTF-8; the importer skips it.
export const CSV_HEADER = `\ufeff${csvLine(CASE_STUDY_COLUMNS.map(column => column.name))}`

export const csvRow = (row: ExchangeRow): string =>
  csvLine(CASE_STUDY_COLUMNS.map(column => cellText(column, row[column.name])))

/** One JSON object per line, its keys in column order, lists as arrays: no header. */
export const jsonLine = (row: ExchangeRow): string =>
  `${JSON.stringify(Object.fromEntries(CASE_STUDY_COLUMNS.map(column => [column.name, row[column.name] ?? ''])))}\n`

export const encoders: Record<ExchangeFormat, { header: string; row: (row: ExchangeRow) => string }> = {
  csv: { header: CSV_HEADER, row: csvRow },
  jsonl: { header: '', row: jsonLine },
}
