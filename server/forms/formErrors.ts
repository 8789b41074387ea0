import type { z } from 'zod'

/** The one shape of form errors; it maps straight onto the GOV.UK error summary and field messages. */
export type FormErrors = {
  list: { text: string; href: string }[]
  messages: Record<string, { text: string }>
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FormErrors; values: Record<string, unknown> }

export function formErrors(entries: [field: string, text: string][]): FormErrors {
  const errors: FormErrors = { list: [], messages: {} }
  for (const [field, text] of entries) {
    if (errors.messages[field]) continue // one message per field: the first problem found
    errors.messages[field] = { text }
    errors.list.push({ text, href: `#${field}` })
  }
  return errors
}

/** Validates a request body; on failure returns field-keyed errors and the submitted text to show again. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const input = body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, data: result.data }
  const values = Object.fromEntries(Object.entries(input).filter(([, value]) => typeof value === 'string'))
  return {
    ok: false,
    errors: formErrors(result.error.issues.map(issue => [String(issue.path[0] ?? 'form'), issue.message])),
    values,
  }
}
