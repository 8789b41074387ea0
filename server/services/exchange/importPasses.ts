import type { Readable } from 'node:stream'
import type { CaseStudyExchangeRepository } from '../../data/caseStudyExchangeRepository'
import type { ExchangeFormat } from './exchangeFormats'
import { readRecords } from './importReader'
import { checkReferences } from './importReferences'
import { readRow, type ImportRow, type Issue } from './importRow'
import type { BatchOutcome } from './importWriter'

// Rows written at a time: one insert of each kind per batch.
const BATCH = 500

/** A file to import: opened once to check it and once to write it. */
export type ImportSource = { name: string; size: number; format: ExchangeFormat; open: () => Readable }

/** How far a pass over the file has got: bytes and rows read in this pass. */
export type ImportProgress = { phase: 'checking' | 'importing'; bytes: number; size: number; rows: number }

type Pass = {
  source: ImportSource
  isCouncil: (gssCode: string) => boolean
  onProgress?: (progress: ImportProgress) => void
}

/** The records of the file with a progress report after each one, and a last one at its end. */
async function* recordsOf({ source, onProgress }: Pass, phase: ImportProgress['phase']) {
  let bytes = 0
  let rows = 0
  const input = source.open().on('data', (chunk: Buffer) => (bytes += chunk.length))
  // Bytes are counted as the stream reads ahead: a pass is complete only when its last row is.
  const report = (done: boolean) =>
    onProgress?.({ phase, bytes: done ? source.size : Math.min(bytes, source.size - 1), size: source.size, rows })
  for await (const item of readRecords(input, source.format)) {
    rows++
    report(false)
    yield item
  }
  report(true)
}

/**
 * The first pass: every row checked, nothing written. Returns the number of rows and each bad
 * row's problems by line, including rows repeating an external_id and rows naming an original
 * that no good row or stored case study has; an unreadable file throws ImportFileError.
 */
export async function checkPass(pass: Pass, exchange: CaseStudyExchangeRepository) {
  const rejected = new Map<number, Issue[]>()
  const valid = new Map<string, number>()
  const references: { line: number; externalId: string; reference: string }[] = []
  let rows = 0
  for await (const item of recordsOf(pass, 'checking')) {
    rows++
    const result = item.issues ? item : readRow(item.line, item.record, pass.isCouncil)
    if (result.issues) {
      rejected.set(item.line, result.issues)
      continue
    }
    const { row } = result
    const first = valid.get(row.externalId)
    if (first !== undefined) {
      const message = `Already used on line ${first}: each case study appears once in a file`
      rejected.set(row.line, [{ line: row.line, field: 'external_id', message }])
      continue
    }
    valid.set(row.externalId, row.line)
    if (row.adaptedFromExternalId)
      references.push({ line: row.line, externalId: row.externalId, reference: row.adaptedFromExternalId })
  }
  for (const issue of await checkReferences(references, valid, exchange)) rejected.set(issue.line, [issue])
  return { rows, rejected }
}

/**
 * The second pass: the good rows written in batches, the next batch read and checked while the
 * one before is written. Problems found on the way (a conflict) join `rejected`.
 */
export async function writePass(
  pass: Pass,
  rejected: Map<number, Issue[]>,
  write: (rows: ImportRow[]) => Promise<BatchOutcome>,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const totals = { created: 0, updated: 0, unchanged: 0 }
  const flush = async (rows: ImportRow[]) => {
    const outcome = await write(rows)
    totals.created += outcome.created
    totals.updated += outcome.updated
    totals.unchanged += outcome.unchanged
    for (const issue of outcome.issues) rejected.set(issue.line, [issue])
  }
  let writing: Promise<void> = Promise.resolve()
  let batch: ImportRow[] = []
  for await (const item of recordsOf(pass, 'importing')) {
    if (item.issues || rejected.has(item.line)) continue
    batch.push(readRow(item.line, item.record, pass.isCouncil).row!)
    if (batch.length < BATCH) continue
    await writing
    writing = flush(batch)
    // Marked handled now, awaited below: a failure while the next batch is read is thrown there.
    writing.catch(() => undefined)
    batch = []
  }
  await writing
  if (batch.length) await flush(batch)
  return totals
}
