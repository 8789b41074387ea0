import { z } from 'zod'
import {
  type CaseStudyContent,
  asText,
  fieldValue,
  type Field,
  type GroupField,
  type Section,
  type SimpleField,
} from '../../models/vocabulary'
import { cleanText } from './fields'
import { formErrors, type FormErrors } from './formErrors'

// Turns a task-list section's form into values for the case study, and values back into what the
// form shows. Saving never requires completeness (that is checked at submit); it does refuse
// malformed values: bad links, bad email addresses, unknown options, over-long text.

export type GroupItem = Record<string, string>
/** What a section form shows: a string (or strings) per field id, or items for a repeating group. */
export type FormModel = Record<string, string | string[] | GroupItem[]>
export type SectionAction =
  { kind: 'save' } | { kind: 'add'; group: string } | { kind: 'remove'; group: string; index: number }
export type ParsedSection = {
  values: Record<string, unknown>
  errors?: FormErrors
  model: FormModel
  action: SectionAction
}

export const fieldId = (name: string) => name.replace(/\./g, '-')

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is string => typeof item === 'string',
  )
const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1)

/** A single value's problem, in GOV.UK wording, or undefined. */
function problemWith(field: SimpleField, value: string, label = field.label): string | undefined {
  if (value === '') return undefined
  switch (field.kind) {
    case 'text':
    case 'textarea':
    case 'phone':
      if (value.length > field.maxLength)
        return `${capitalised(label)} must be ${field.maxLength.toLocaleString('en-GB')} characters or fewer`
      if (field.kind === 'phone' && !/^\+?[0-9 ()-]{6,30}$/.test(value))
        return 'Enter a telephone number, like 0113 222 4444'
      return undefined
    case 'url': {
      if (value.length > field.maxLength) return 'Link must be 2,000 characters or fewer'
      const ok = z.url({ protocol: /^https?$/ }).safeParse(value).success
      return ok ? undefined : 'Enter a link that starts with https://'
    }
    case 'email':
      return z.email().safeParse(value).success && value.length <= field.maxLength
        ? undefined
        : 'Enter an email address in the correct format, like name@leeds.gov.uk'
    case 'radios':
    case 'select':
      return Object.hasOwn(field.options, value) ? undefined : `Select a valid option for ${label.toLowerCase()}`
    default:
      return undefined
  }
}

function parseSimple(
  field: SimpleField,
  body: Record<string, unknown>,
  id: string,
  errors: [string, string][],
  model: FormModel,
): unknown {
  switch (field.kind) {
    case 'checkboxes': {
      const chosen = strings(body[id])
      model[id] = chosen
      if (chosen.some(value => !Object.hasOwn(field.options, value)))
        errors.push([id, `Select valid options for ${field.label.toLowerCase()}`])
      return chosen.filter(value => Object.hasOwn(field.options, value))
    }
    case 'commaList':
    case 'lineList': {
      const raw = cleanText(body[id])
      model[id] = raw
      const items = [
        ...new Set(
          raw
            .split(field.kind === 'commaList' ? ',' : '\n')
            .map(item => item.trim())
            .filter(Boolean),
        ),
      ]
      if (items.length > field.maxItems)
        errors.push([id, `Enter ${field.maxItems} ${field.label.toLowerCase()} or fewer`])
      else if (items.some(item => item.length > field.maxLength))
        errors.push([id, `Each of the ${field.label.toLowerCase()} must be ${field.maxLength} characters or fewer`])
      return items
    }
    case 'month': {
      const month = cleanText(body[`${id}-month`])
      const year = cleanText(body[`${id}-year`])
      model[`${id}-month`] = month
      model[`${id}-year`] = year
      if (!month && !year) return ''
      const m = Number(month)
      const y = Number(year)
      if (!month || !year)
        errors.push([`${id}-month`, `${capitalised(field.label.replace(/\?$/, ''))}: enter a month and a year`])
      else if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(y) || y < 1990 || y > 2100)
        errors.push([`${id}-month`, 'Enter a real month and year, like 4 2023'])
      else return `${y}-${String(m).padStart(2, '0')}`
      return ''
    }
    case 'caseStudyRef': {
      const raw = cleanText(body[id])
      model[id] = raw
      // The address of a case study page, or just its slug; the service checks it exists.
      const slug = /(?:\/case-studies\/)?([a-z0-9-]{1,200})\/?$/.exec(raw)?.[1] ?? ''
      if (raw && !slug) errors.push([id, 'Enter the address of a case study on Practice Exchange'])
      return slug
    }
    default: {
      const value = cleanText(body[id])
      model[id] = value
      const problem = problemWith(field, value)
      if (problem) errors.push([id, problem])
      return problem && field.kind !== 'text' && field.kind !== 'textarea' ? '' : value
    }
  }
}

function parseGroup(
  field: GroupField,
  body: Record<string, unknown>,
  errors: [string, string][],
  model: FormModel,
): GroupItem[] {
  const id = fieldId(field.name)
  const indices = new Set<number>()
  for (const key of Object.keys(body)) {
    const match = new RegExp(`^${id}-(\\d{1,2})-`).exec(key)
    if (match) indices.add(Number(match[1]))
  }
  const items: GroupItem[] = []
  for (const index of [...indices].sort((a, b) => a - b)) {
    const item: GroupItem = {}
    for (const sub of field.fields) item[sub.name] = cleanText(body[`${id}-${index}-${sub.name}`])
    if (Object.values(item).some(Boolean)) items.push(item)
  }
  if (items.length > field.maxItems) errors.push([id, `Enter ${field.maxItems} ${field.label.toLowerCase()} or fewer`])
  items.slice(0, field.maxItems).forEach((item, index) => {
    for (const sub of field.fields) {
      const subId = `${id}-${index}-${sub.name}`
      const label = `${field.itemLabel} ${index + 1}: ${sub.label.toLowerCase()}`
      const problem = problemWith(sub, item[sub.name] ?? '', label)
      if (problem) errors.push([subId, problem])
      else if (sub.required && !item[sub.name])
        errors.push([subId, `${field.itemLabel} ${index + 1}: enter the ${sub.label.toLowerCase()}`])
    }
  })
  model[id] = items.slice(0, field.maxItems)
  return items.slice(0, field.maxItems)
}

function parseAction(body: Record<string, unknown>): SectionAction {
  const action = typeof body.action === 'string' ? body.action : 'save'
  const add = /^add:([\w-]{1,40})$/.exec(action)
  if (add?.[1]) return { kind: 'add', group: add[1] }
  const remove = /^remove:([\w-]{1,40}):(\d{1,2})$/.exec(action)
  if (remove?.[1]) return { kind: 'remove', group: remove[1], index: Number(remove[2]) }
  return { kind: 'save' }
}

export function parseSection(section: Section, rawBody: unknown): ParsedSection {
  const body = rawBody && typeof rawBody === 'object' ? (rawBody as Record<string, unknown>) : {}
  const errors: [string, string][] = []
  const model: FormModel = {}
  const values: Record<string, unknown> = {}
  const action = parseAction(body)
  for (const field of section.fields) {
    // Hosted files are uploaded and removed by forms of their own, never by the section's form.
    if (field.kind === 'files') continue
    if (field.kind === 'group') {
      const items = parseGroup(field, body, errors, model)
      const only = field.fields[0]?.name ?? ''
      values[field.name] = field.storeAs === 'strings' ? items.map(item => item[only] ?? '') : items
    } else values[field.name] = parseSimple(field, body, fieldId(field.name), errors, model)
  }
  if (action.kind === 'remove' && Array.isArray(model[action.group])) {
    // Drop the item, then check what remains again: errors about it or its old numbering no longer apply.
    model[action.group] = (model[action.group] as GroupItem[]).filter((_item, index) => index !== action.index)
    return { ...parseSection(section, rebuildBody(section, model)), action }
  }
  return { values, model, action, errors: errors.length ? formErrors(errors) : undefined }
}

/** Form fields as a browser would send them, from a form model (used to re-check after a removal). */
function rebuildBody(section: Section, model: FormModel): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of section.fields) {
    const id = fieldId(field.name)
    if (field.kind === 'files') continue
    if (field.kind === 'group') {
      ;((model[id] as GroupItem[]) ?? []).forEach((item, index) => {
        for (const [key, value] of Object.entries(item)) body[`${id}-${index}-${key}`] = value
      })
    } else if (field.kind === 'month') {
      body[`${id}-month`] = model[`${id}-month`]
      body[`${id}-year`] = model[`${id}-year`]
    } else body[id] = model[id]
  }
  return body
}

/** The form model for a section as stored, for showing the form before any submission. */
export function sectionModel(section: Section, content: CaseStudyContent, slugOf: (id: string) => string): FormModel {
  const model: FormModel = {}
  for (const field of section.fields) {
    const id = fieldId(field.name)
    const value = fieldValue(content, field.name)
    if (field.kind === 'files') continue
    if (field.kind === 'group' && field.storeAs === 'strings')
      model[id] = ((value as string[]) ?? []).map(text => ({ [field.fields[0]!.name]: text }))
    else if (field.kind === 'group') model[id] = ((value as GroupItem[]) ?? []).map(item => ({ ...item }))
    else if (field.kind === 'checkboxes') model[id] = (value as string[]) ?? []
    else if (field.kind === 'commaList') model[id] = ((value as string[]) ?? []).join(', ')
    else if (field.kind === 'lineList') model[id] = ((value as string[]) ?? []).join('\n')
    else if (field.kind === 'month') {
      const [year = '', month = ''] = asText(value).split('-')
      model[`${id}-month`] = month ? String(Number(month)) : ''
      model[`${id}-year`] = year
    } else if (field.kind === 'caseStudyRef') model[id] = asText(value) ? slugOf(asText(value)) : ''
    else model[id] = asText(value)
  }
  return model
}

export type { Field }
