import type { ExchangeFormat } from '../services/exchange/exchangeFormats'
import type { ImportMode } from '../services/exchange/importedCaseStudy'
import { formErrors, type FormErrors } from './formErrors'

/** The largest file the upload page takes (about 10,000 case studies); larger ones go through `npm run import`. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** An uploaded import file, saved to a temporary file that goes when the response ends. */
export type UploadedFile = { path: string; name: string; size: number; tooLarge: boolean }

export type ImportRequest = { file: UploadedFile; format: ExchangeFormat; mode: ImportMode; dryRun: boolean }

const FORMATS: Record<string, ExchangeFormat> = { csv: 'csv', jsonl: 'jsonl', ndjson: 'jsonl' }

/** The upload form: a CSV or JSON Lines file, published or drafts, and whether only to check it. */
export function parseImportForm(
  body: Record<string, unknown>,
  file: UploadedFile | undefined,
): { ok: true; data: ImportRequest } | { ok: false; errors: FormErrors; values: Record<string, string> } {
  const mode = body.mode === 'drafts' || body.mode === 'published' ? body.mode : undefined
  const dryRun = body.dryRun === 'yes'
  const format = FORMATS[/\.([a-z]+)$/i.exec(file?.name ?? '')?.[1]?.toLowerCase() ?? '']
  const problems: [string, string][] = []
  if (!file || !file.name) problems.push(['file', 'Select a CSV or JSON Lines file'])
  else if (file.tooLarge)
    problems.push(['file', `The selected file must be smaller than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`])
  else if (!format) problems.push(['file', 'The selected file must be a CSV or JSON Lines file (.csv or .jsonl)'])
  else if (file.size === 0) problems.push(['file', 'The selected file is empty'])
  if (!mode) problems.push(['mode', 'Select whether to publish the case studies or send them for review'])
  if (problems.length || !file || !format || !mode)
    return { ok: false, errors: formErrors(problems), values: { mode: mode ?? '', dryRun: dryRun ? 'yes' : '' } }
  return { ok: true, data: { file, format, mode, dryRun } }
}
