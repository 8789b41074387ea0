import type { Request, Response } from 'express'
import type { FormErrors } from '../forms/formErrors'

type FormPage = {
  title: string
  errors?: FormErrors
  values?: Record<string, unknown>
  /** The status when there are errors: 400 unless something more specific applies (429 for a lock-out). */
  errorStatus?: number
  [local: string]: unknown
}

/** Renders a form page: an error status and an "Error: " title prefix when there are errors (GOV.UK pattern). */
export function renderForm(
  res: Response,
  view: string,
  { title, errors, values = {}, errorStatus = 400, ...locals }: FormPage,
): void {
  res
    .status(errors ? errorStatus : 200)
    .render(view, { pageTitle: errors ? `Error: ${title}` : title, errors, values, ...locals })
}

/** Renders a form page with one error that is not about a single field's format (wrong password, lock-out). */
export function renderFormError(
  res: Response,
  view: string,
  page: FormPage,
  field: string,
  text: string,
  status = 400,
): void {
  const errors = { list: [{ text, href: `#${field}` }], messages: { [field]: { text } } }
  renderForm(res, view, { ...page, errors, errorStatus: status })
}

/** The address a confirmation or reset email just went to, shown once on the "check your email" page. */
export function takeSentTo(req: Request): string | undefined {
  const email = req.session.sentTo
  delete req.session.sentTo
  return email
}
