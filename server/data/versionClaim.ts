import type { Types } from 'mongoose'
import { CaseStudy } from '../../models/CaseStudy'
import { CaseStudyCommit } from '../../models/CaseStudyCommit'
import { HttpError } from '../errors/httpError'
import { isDuplicateKey } from './duplicateKey'

/** Someone else saved the case study between this request's read and write. */
export class EditConflictError extends HttpError {
  constructor() {
    super(409, 'This case study was changed by someone else while you were editing it')
    this.name = 'EditConflictError'
  }
}

// A claim is a lease: long enough for a save (a few small writes, normally milliseconds, on a
// loaded machine up to a second or two), short enough that a writer that died holding one blocks
// its case study only briefly.
export const LEASE_MS = 5_000
// The writer gives up rather than commit with less than this left: its commit-point update must
// land before anyone may take the claim over, and this is the time it has to do so.
export const COMMIT_MARGIN_MS = 2_000
// Takeovers of one version in a row before a writer stops trying: each needs a writer that died
// or gave up, so reaching this means something is badly wrong.
const MAX_ATTEMPTS = 20

/** The version a writer holds, until `expiresAt` (ms since the epoch, by this process's clock). */
export type VersionClaim = { caseStudyId: Types.ObjectId; version: number; attempt: number; expiresAt: number }

// Claims are only ever inserted, never updated or deleted: a unique _id is the one thing FerretDB
// v1 keeps isolated. Attempt 0 is "<caseStudyId>:<version>"; taking over an abandoned claim
// inserts attempt 1, 2, ... so of two writers taking over, again exactly one succeeds.
const claimId = (caseStudyId: Types.ObjectId, version: number, attempt: number) =>
  `${caseStudyId.toString()}:${version}${attempt ? `:${attempt}` : ''}`

type ClaimRecord = { at: Date; expiresAt?: Date | null }

/** A claim's end; claims written before leases existed carry only `at`. */
const expiryOf = (claim: ClaimRecord) => (claim.expiresAt ?? new Date(claim.at.getTime() + LEASE_MS)).getTime()

/**
 * Claims `version` of the case study, which the caller read at `version - 1`. A live claim by
 * someone else, or a version already committed, is an EditConflictError. An expired claim whose
 * version never landed was left by a writer that died or gave up: it is taken over.
 */
export async function claimVersion(caseStudyId: Types.ObjectId, version: number): Promise<VersionClaim> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const at = Date.now()
    try {
      await CaseStudyCommit.create({
        _id: claimId(caseStudyId, version, attempt),
        at: new Date(at),
        expiresAt: new Date(at + LEASE_MS),
      })
      return { caseStudyId, version, attempt, expiresAt: at + LEASE_MS }
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
    const held = await CaseStudyCommit.findById(claimId(caseStudyId, version, attempt))
      .lean<ClaimRecord>()
      .exec()
    if (!held || expiryOf(held) > Date.now()) throw new EditConflictError()
    const current = await CaseStudy.findById(caseStudyId, { version: 1 }).lean<{ version: number }>().exec()
    if (!current || current.version !== version - 1) throw new EditConflictError()
  }
  throw new EditConflictError()
}

/**
 * Just before the commit point: a writer whose lease has (nearly) run out, or whose claim someone
 * has already taken over (another process's clock running ahead), aborts with a conflict rather
 * than risk two commits of one version. Its user sees the conflict; nothing is lost silently.
 */
export async function assertStillHeld(claim: VersionClaim): Promise<void> {
  if (Date.now() > claim.expiresAt - COMMIT_MARGIN_MS) throw new EditConflictError()
  const successor = claimId(claim.caseStudyId, claim.version, claim.attempt + 1)
  if (await CaseStudyCommit.exists({ _id: successor }).exec()) throw new EditConflictError()
}
