import type { CaseStudyExchangeRepository } from '../../data/caseStudyExchangeRepository'
import { Types } from 'mongoose'
import { OWN_PREFIX } from './exportRow'
import type { Issue } from './importRow'

type Reference = { line: number; externalId: string; reference: string }

/**
 * Rows whose adapted_from_external_id names no case study: none in the catalogue, and none on a
 * good row of the file. Leaving a row out can leave the rows naming it without their original, so
 * this repeats until nothing more is left out.
 */
export async function checkReferences(
  references: Reference[],
  valid: Map<string, number>,
  exchange: CaseStudyExchangeRepository,
): Promise<Issue[]> {
  const outside = [...new Set(references.map(ref => ref.reference).filter(reference => !valid.has(reference)))]
  const stored = new Set((await exchange.findExternalIds(outside)).keys())
  const ownIds = outside.filter(
    reference =>
      !stored.has(reference) &&
      /^[0-9a-f]{24}$/.test(reference.slice(OWN_PREFIX.length)) &&
      reference.startsWith(OWN_PREFIX),
  )
  for (const id of (
    await exchange.findByIds(ownIds.map(reference => new Types.ObjectId(reference.slice(OWN_PREFIX.length))))
  ).keys())
    stored.add(`${OWN_PREFIX}${id}`)
  const issues: Issue[] = []
  let pending = references
  for (;;) {
    const missing = pending.filter(ref => !valid.has(ref.reference) && !stored.has(ref.reference))
    if (missing.length === 0) return issues
    for (const ref of missing) {
      valid.delete(ref.externalId)
      issues.push({
        line: ref.line,
        field: 'adapted_from_external_id',
        message: `No case study has the external_id "${ref.reference}", in the catalogue or on a good row of this file`,
      })
    }
    pending = pending.filter(ref => !missing.includes(ref))
  }
}
