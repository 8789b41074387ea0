import { COLUMN_NAMES } from '../../server/services/exchange/caseStudyColumns'

// Import files written by hand for tests: CSV quoted here (RFC 4180), independently of the
// exporter's own writer, so that a shared mistake cannot hide.

export type Cells = Record<string, string>

let next = 0

/** A complete, valid row (CSV cells by column name): published in Leeds, every required column filled. */
export function goodRow(overrides: Cells = {}): Cells {
  next++
  return {
    external_id: `test:${next}-${Math.random().toString(36).slice(2, 8)}`,
    lead_council_code: 'E08000035',
    title: `Imported programme number ${next}`,
    summary: 'A summary of what was done and what changed.',
    stage: 'live',
    start_date: '2022-04',
    end_date: '',
    themes: 'housing;economy',
    tags: 'procurement;social value',
    partners: 'Chamber of commerce',
    problem: 'The problem we set out to solve.',
    what_they_did: 'What we did about it.',
    context: 'A post-industrial town.',
    barriers: JSON.stringify([{ category: 'procurement', description: 'Rules seemed to favour large suppliers.' }]),
    enablers: JSON.stringify([{ category: 'political-support', description: 'The leader backed it.' }]),
    budget_band: '10k-50k',
    outcomes: 'Local spend rose from 21% to 34%.',
    evidence_level: '2',
    evidence_reason: 'Before and after analysis.',
    evaluations: JSON.stringify([{ title: 'Spend analysis', url: 'https://example.org/spend' }]),
    lessons: 'Start small.',
    documents: JSON.stringify([{ title: 'Policy', url: 'https://example.org/policy', licence: 'OGL-3.0' }]),
    licence: 'OGL-3.0',
    ...overrides,
  }
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)

/** One CSV line for a row, in the schema's column order. */
export const csvLine = (row: Cells, columns = COLUMN_NAMES) => columns.map(name => quoted(row[name] ?? '')).join(',')

/** A CSV file: the header, then each row (a row given as a string is written as it is). */
export const csvFile = (rows: (Cells | string)[], columns = COLUMN_NAMES) =>
  `${[columns.join(','), ...rows.map(row => (typeof row === 'string' ? row : csvLine(row, columns)))].join('\r\n')}\r\n`

/** A row as a JSON Lines object, lists as arrays. */
export function jsonRow(row: Cells): Record<string, unknown> {
  const list = (text: string | undefined) => (text ? text.split(';') : [])
  const records = (text: string | undefined) => (text ? (JSON.parse(text) as unknown[]) : [])
  return {
    ...row,
    themes: list(row.themes),
    tags: list(row.tags),
    partners: list(row.partners),
    barriers: records(row.barriers),
    enablers: records(row.enablers),
    evaluations: records(row.evaluations),
    documents: records(row.documents),
  }
}
