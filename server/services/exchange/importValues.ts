import { z } from 'zod'
import { cleanText, strayCharacter } from '../../forms/fields'
import type { Column, ItemField } from './caseStudyColumns'
import { EXTERNAL_ID_PATTERN, GSS_CODE_PATTERN } from './codebook'
import { isCodeIn, type ListName } from '../../../models/vocabulary'
import { LIST_DELIMITER, type ExchangeValue, type RecordItem } from './exchangeFormats'

// Reading one column's value from a CSV cell or a JSON value, and checking it: the rules the
// task-list forms apply, with a message for each way a value can be wrong. A value is refused,
// never quietly changed, except for what every form does to text (line endings, Unicode
// normalisation, surrounding spaces) and duplicates in a list.

/** A value, or what is wrong with it. */
export type Checked<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string }
const ok = <T>(value: T): Checked<T> => ({ value })
const problem = (text: string): Checked<never> => ({ problem: text })

const number = (value: number) => value.toLocaleString('en-GB')
const isUrl = (value: string) => z.url({ protocol: /^https?$/ }).safeParse(value).success
const EXTERNAL_ID = new RegExp(EXTERNAL_ID_PATTERN)
const GSS_CODE = new RegExp(GSS_CODE_PATTERN)
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** Free text as the forms store it; control and invisible characters are refused, not removed. */
export function checkText(raw: string, maxLength: number | undefined, multiline = true): Checked<string> {
  const stray = strayCharacter(raw)
  if (stray) return problem(`Contains a control or invisible character (${codePoint(stray)}): remove it`)
  const text = cleanText(raw)
  if (!multiline && text.includes('\n')) return problem('Must be on one line')
  if (maxLength !== undefined && text.length > maxLength)
    return problem(`Must be ${number(maxLength)} characters or fewer (it has ${number(text.length)})`)
  return ok(text)
}

function checkCode(value: string, list: ListName): Checked<string> {
  return value === '' || isCodeIn(list, value) ? ok(value) : problem(`"${value}" is not a code in the ${list} list`)
}

function checkItem(field: ItemField, raw: unknown, label: string): Checked<string> {
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return problem(`${label}: must be text`)
  const text = checkText(raw ?? '', field.maxLength, field.type === 'string')
  if (text.problem !== undefined)
    return problem(`${label}: ${text.problem.charAt(0).toLowerCase()}${text.problem.slice(1)}`)
  if (!text.value) return field.required ? problem(`${label}: enter the ${field.name}`) : text
  if (field.type === 'url' && !isUrl(text.value))
    return problem(`${label}: enter a link that starts with http:// or https://`)
  if (field.list && !isCodeIn(field.list, text.value))
    return problem(`${label}: "${text.value}" is not a code in the ${field.list} list`)
  return text
}

function checkRecords(column: Extract<Column, { type: 'records' }>, raw: unknown[]): Checked<RecordItem[]> {
  if (raw.length > column.maxItems)
    return problem(`Has ${number(raw.length)} items: at most ${number(column.maxItems)} are allowed`)
  const names = column.items.map(item => item.name)
  const items: RecordItem[] = []
  for (const [at, entry] of raw.entries()) {
    const label = `Item ${at + 1}`
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      return problem(`${label}: must be an object with ${names.join(', ')}`)
    const unknown = Object.keys(entry).find(key => !names.includes(key))
    if (unknown) return problem(`${label}: "${unknown}" is not one of ${names.join(', ')}`)
    const item: RecordItem = {}
    for (const field of column.items) {
      const checked = checkItem(field, (entry as Record<string, unknown>)[field.name], label)
      if (checked.problem !== undefined) return checked
      item[field.name] = checked.value
    }
    items.push(item)
  }
  return ok(items)
}

function checkStrings(column: Extract<Column, { type: 'codes' | 'strings' }>, raw: unknown[]): Checked<string[]> {
  const items: string[] = []
  for (const entry of raw) {
    if (typeof entry !== 'string') return problem('Every item must be text')
    const text = checkText(entry, column.type === 'strings' ? column.maxLength : undefined, false)
    if (text.problem !== undefined) return text
    if (text.value.includes(LIST_DELIMITER))
      return problem(`An item may not contain "${LIST_DELIMITER}": "${text.value}"`)
    if (column.type === 'codes' && text.value && !isCodeIn(column.list, text.value))
      return problem(`"${text.value}" is not a code in the ${column.list} list`)
    if (text.value && !items.includes(text.value)) items.push(text.value)
  }
  if (items.length > column.maxItems)
    return problem(`Has ${number(items.length)} items: at most ${number(column.maxItems)} are allowed`)
  return ok(items)
}

function checkSingle(column: Column, raw: string): Checked<string> {
  const text = checkText(
    raw,
    column.type === 'string' ? column.maxLength : undefined,
    column.type === 'string' && column.multiline,
  )
  if (text.problem !== undefined || text.value === '') return text
  const value = text.value
  switch (column.type) {
    case 'code':
      return checkCode(value, column.list)
    case 'yearmonth': {
      const [year, month] = value.split('-').map(Number)
      return /^\d{4}-\d{2}$/.test(value) && month! >= 1 && month! <= 12 && year! >= 1990 && year! <= 2100
        ? ok(value)
        : problem(`"${value}" is not a month from 1990 to 2100: use YYYY-MM, like 2023-04`)
    }
    case 'datetime': {
      const date = new Date(value)
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(value) &&
        !Number.isNaN(date.getTime()) &&
        date.toISOString().slice(0, 19) === value.slice(0, 19)
        ? ok(value)
        : problem(`"${value}" is not a date and time in UTC: use ISO 8601, like 2025-03-04T09:30:00.000Z`)
    }
    case 'string':
      if (column.format === 'url' && !isUrl(value)) return problem('Enter a link that starts with http:// or https://')
      if (column.format === 'external-id' && !EXTERNAL_ID.test(value))
        return problem('Must start with a letter or digit and hold only letters, digits and . _ : / - (200 at most)')
      if (column.format === 'gss-code' && !GSS_CODE.test(value))
        return problem(`"${value}" is not a GSS code: a letter and 8 digits, like E08000035`)
      return text
    default:
      return text
  }
}

const isList = (column: Column): column is Extract<Column, { type: 'codes' | 'strings' | 'records' }> =>
  column.type === 'codes' || column.type === 'strings' || column.type === 'records'

/** A CSV cell (its formula quote already removed) as the value it stands for. */
export function fromCsvCell(column: Column, cell: string): Checked<ExchangeValue> {
  if (column.type === 'records') {
    if (cell.trim() === '') return ok([])
    try {
      const parsed: unknown = JSON.parse(cell)
      return Array.isArray(parsed)
        ? checkRecords(column, parsed)
        : problem('Must be a JSON list of objects, like [{…}]')
    } catch {
      return problem('Must be a JSON list of objects, like [{…}]: this is not valid JSON')
    }
  }
  if (column.type === 'codes' || column.type === 'strings') return checkStrings(column, cell.split(LIST_DELIMITER))
  return checkSingle(column, cell)
}

/** A JSON Lines value (absent or null meaning empty) as the value it stands for. */
export function fromJsonValue(column: Column, raw: unknown): Checked<ExchangeValue> {
  if (raw === undefined || raw === null) return ok(isList(column) ? [] : '')
  if (isList(column)) {
    if (!Array.isArray(raw)) return problem('Must be a JSON list')
    return column.type === 'records' ? checkRecords(column, raw) : checkStrings(column, raw)
  }
  return typeof raw === 'string' ? checkSingle(column, raw) : problem('Must be text (a JSON string)')
}

export const isEmpty = (value: ExchangeValue) => (Array.isArray(value) ? value.length === 0 : value === '')
