import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { CASE_STUDY_COLUMNS, COLUMN_NAMES } from './caseStudyColumns'
import { csvRecords } from './csvRecords'
import type { ExchangeFormat } from './exchangeFormats'
import type { Issue, RawRecord } from './importRow'

/** A file the importer cannot read at all (its header, or nothing in it): nothing is imported. */
export class ImportFileError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map(issue => issue.message).join('; '))
    this.name = 'ImportFileError'
  }
}

/** One record of the file, or why its line could not be read as one. `field` is '' for the whole row. */
export type ReadItem = { line: number; record: RawRecord; issues?: undefined } | { line: number; issues: Issue[] }

const REQUIRED = CASE_STUDY_COLUMNS.filter(column => column.required).map(column => column.name)

/** The format a file name says, defaulting to CSV. */
export const formatOf = (fileName: string): ExchangeFormat => (/\.(jsonl|ndjson)$/i.test(fileName) ? 'jsonl' : 'csv')

/** A CSV header must name only the schema's columns, each once, including every required one. */
function checkHeader(cells: string[]): string[] {
  const names = cells.map(cell => cell.trim())
  const issues: Issue[] = []
  names.forEach((name, at) => {
    if (!COLUMN_NAMES.includes(name))
      issues.push({
        line: 1,
        field: name,
        message: 'Not a column of the export schema: check its spelling against the codebook',
      })
    else if (names.indexOf(name) !== at) issues.push({ line: 1, field: name, message: 'This column is named twice' })
  })
  for (const name of REQUIRED)
    if (!names.includes(name)) issues.push({ line: 1, field: name, message: 'Missing column: every file needs it' })
  if (issues.length) throw new ImportFileError(issues)
  return names
}

async function* csvItems(lines: AsyncIterable<string>): AsyncGenerator<ReadItem> {
  let header: string[] | undefined
  for await (const record of csvRecords(lines)) {
    if ('error' in record) {
      const issue = { line: record.line, field: '', message: record.error }
      if (!header) throw new ImportFileError([issue])
      yield { line: record.line, issues: [issue] }
    } else if (!header) header = checkHeader(record.cells)
    else if (record.cells.length !== header.length)
      yield {
        line: record.line,
        issues: [
          {
            line: record.line,
            field: '',
            message: `Has ${record.cells.length} cells: the header has ${header.length}`,
          },
        ],
      }
    else
      yield {
        line: record.line,
        record: { format: 'csv', cells: Object.fromEntries(header.map((name, at) => [name, record.cells[at]!])) },
      }
  }
  if (!header)
    throw new ImportFileError([
      { line: 1, field: '', message: 'The file is empty: a CSV file starts with a row of column names' },
    ])
}

async function* jsonItems(lines: AsyncIterable<string>): AsyncGenerator<ReadItem> {
  let line = 0
  for await (const raw of lines) {
    line++
    const text = line === 1 ? raw.replace(/^\ufeff/, '') : raw
    if (text.trim() === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch (error) {
      yield { line, issues: [{ line, field: '', message: `Not valid JSON: ${(error as Error).message}` }] }
      continue
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      yield { line, issues: [{ line, field: '', message: 'Each line must be one JSON object' }] }
    else yield { line, record: { format: 'jsonl', object: parsed as Record<string, unknown> } }
  }
}

/** The records of a file, each with its line number (a CSV record's first line). */
export function readRecords(input: Readable, format: ExchangeFormat): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input, crlfDelay: Infinity })
  return format === 'csv' ? csvItems(lines) : jsonItems(lines)
}
