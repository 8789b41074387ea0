import { Types } from 'mongoose'
import type { CaseStudyExchangeRepository } from '../../data/caseStudyExchangeRepository'
import { EditConflictError, type CaseStudyData, type CaseStudyRepository } from '../../data/caseStudyRepository'
import { caseStudySlug } from '../caseStudies/slugs'
import type { CouncilService } from '../councilService'
import { importChange, newCaseStudy, unchanged, withLocalFields, type Writer } from './importedCaseStudy'
import type { ImportRow, Issue } from './importRow'
import { OWN_PREFIX } from './exportRow'

export type BatchOutcome = { created: number; updated: number; unchanged: number; issues: Issue[] }

type Dependencies = {
  repository: CaseStudyRepository
  exchange: CaseStudyExchangeRepository
  councils: CouncilService
  /** Indexes new case studies straight away (their outbox tasks are written either way). */
  indexCommitted?: (caseStudies: CaseStudyData[]) => Promise<void>
}

const ownId = (externalId: string) =>
  externalId.startsWith(OWN_PREFIX) && /^[0-9a-f]{24}$/.test(externalId.slice(OWN_PREFIX.length))
    ? externalId.slice(OWN_PREFIX.length)
    : undefined

/**
 * Writes a batch of checked rows. Each external id is claimed first (one insert for the batch),
 * so a row names the same case study however often it is imported, and a reference to a row
 * later in the file resolves before that row is written. New case studies then go in whole, a
 * batch at a time (insertNew: revisions and index tasks, then the documents); existing ones
 * change through caseStudyRepository.commit, one at a time, like any save; rows that say what is
 * stored already change nothing. Stopped at any point, a rerun finds its claims and finishes.
 * A dry run reads the same things and writes nothing.
 */
export function createImportWriter(deps: Dependencies, writer: Writer, dryRun: boolean) {
  const { repository, exchange, councils } = deps

  /**
   * The case study id for each external id, claimed (or, in a dry run, looked up), and whether a
   * case study may exist under it: one does not when the claim was made just now for a new id.
   */
  async function idsFor(externalIds: string[]): Promise<Map<string, { id: Types.ObjectId; mayExist: boolean }>> {
    const unique = [...new Set(externalIds)]
    // A case study of this site's own, exported under "practice-exchange:<id>", is that case study.
    const ownIds = unique.flatMap(externalId => ownId(externalId) ?? []).map(id => new Types.ObjectId(id))
    const own = ownIds.length ? await exchange.findByIds(ownIds) : new Map<string, CaseStudyData>()
    const adopted = (externalId: string) => own.has(ownId(externalId) ?? '')
    const offered = (externalId: string) =>
      adopted(externalId) ? new Types.ObjectId(ownId(externalId)) : repository.newId()
    const claims = dryRun
      ? new Map(
          [...(await exchange.findExternalIds(unique))].map(([externalId, id]) => [
            externalId,
            { caseStudyId: id, claimedNow: false },
          ]),
        )
      : await exchange.claimExternalIds(unique.map(externalId => ({ externalId, caseStudyId: offered(externalId) })))
    return new Map(
      unique.map(externalId => {
        const claim = claims.get(externalId) ?? { caseStudyId: offered(externalId), claimedNow: true }
        return [externalId, { id: claim.caseStudyId, mayExist: !claim.claimedNow || adopted(externalId) }]
      }),
    )
  }

  const baseSlug = async (row: ImportRow) =>
    caseStudySlug(row.content.title, (await councils.findByGssCode(row.councilCode))?.name ?? '')

  /** A free address from this base for the case study: the base itself unless refused already, else numbered. */
  async function claimSlug(base: string, id: Types.ObjectId, baseRefused: boolean): Promise<string> {
    for (let attempt = baseRefused ? 2 : 1; attempt < 100; attempt++) {
      const slug = attempt === 1 ? base : `${base}-${attempt}`
      if (dryRun || (await repository.claimSlug(slug, id))) return slug
    }
    throw new Error(`no free address for "${base}"`)
  }

  /** An existing case study keeps its address while its title and council stay; else it gets a new one. */
  const slugFor = async (row: ImportRow, existing: CaseStudyData) =>
    existing.published?.content.title === row.content.title && existing.leadCouncilCode === row.councilCode
      ? existing.slug
      : claimSlug(await baseSlug(row), existing._id, false)

  // The previous batch's indexing, which runs while this batch is written: the search index is
  // this process's work, the writes the store's, and the machine has more than one core.
  let indexing: Promise<void> = Promise.resolve()

  async function write(rows: ImportRow[]): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, issues: [] }
    const ids = await idsFor(
      rows.flatMap(row => [row.externalId, ...(row.adaptedFromExternalId ? [row.adaptedFromExternalId] : [])]),
    )
    const stored = await exchange.findByIds(
      rows
        .map(row => ids.get(row.externalId)!)
        .filter(({ mayExist }) => mayExist)
        .map(({ id }) => id),
    )
    const fresh: { row: ImportRow; id: Types.ObjectId; content: ImportRow['content'] }[] = []
    for (const row of rows) {
      const { id } = ids.get(row.externalId)!
      const adaptedFrom = row.adaptedFromExternalId ? ids.get(row.adaptedFromExternalId)!.id.toString() : ''
      const content = { ...row.content, adaptedFrom: { ...row.content.adaptedFrom, caseStudyId: adaptedFrom } }
      const existing = stored.get(id.toString())
      if (!existing) fresh.push({ row, id, content })
      else if (writer.mode === 'drafts' && existing.published && existing.leadCouncilCode !== row.councilCode)
        // The lead council is the case study's, not its draft's: sent for review, the change would
        // move the published page to another council before any curator saw it.
        outcome.issues.push({
          line: row.line,
          field: 'lead_council_code',
          message: 'A published case study changes its lead council only when imported as published',
        })
      else if (unchanged(existing, row, withLocalFields(content, existing, writer.mode), writer.mode))
        outcome.unchanged++
      else if (dryRun) outcome.updated++
      else {
        try {
          // A draft's title takes a new address only when it is published.
          const slug = writer.mode === 'published' ? await slugFor(row, existing) : existing.slug
          const change = importChange(existing, row, withLocalFields(content, existing, writer.mode), slug, writer)
          await repository.commit(existing, change)
          outcome.updated++
        } catch (error) {
          if (!(error instanceof EditConflictError)) throw error
          outcome.issues.push({
            line: row.line,
            field: '',
            message: 'Someone changed this case study during the import: import the file again',
          })
        }
      }
    }
    if (dryRun) {
      outcome.created = fresh.length
      return outcome
    }
    // Every new case study's address in one insert; those taken (by another, or twice in the batch) get a number.
    const slugs = await Promise.all(fresh.map(async ({ row, id }) => ({ slug: await baseSlug(row), caseStudyId: id })))
    const refused = await exchange.claimSlugs(slugs)
    const built = []
    for (const [at, { row, id, content }] of fresh.entries()) {
      const base = slugs[at]!.slug
      const slug = refused.has(at) ? await claimSlug(base, id, true) : base
      built.push(newCaseStudy(row, content, { id, slug }, writer))
    }
    const taken = await exchange.insertNew(
      built.map(record => record.caseStudy),
      built.map(record => record.revision),
    )
    for (const [at, { caseStudy }] of built.entries()) {
      if (!taken.has(caseStudy._id.toString())) continue
      outcome.issues.push({
        line: fresh[at]!.row.line,
        field: '',
        message: 'Another import created this case study at the same time: import the file again',
      })
    }
    const inserted = built.map(record => record.caseStudy).filter(caseStudy => !taken.has(caseStudy._id.toString()))
    outcome.created = inserted.length
    // One batch indexes at a time, in order (a batch's adaptation counts read the index the one
    // before left), and at most one waits: memory holds two batches, not the file.
    await indexing
    indexing = deps.indexCommitted?.(inserted) ?? Promise.resolve()
    indexing.catch(() => undefined) // thrown by the next write or by finish()
    return outcome
  }

  return {
    write,
    /** Waits for the last batch's indexing. */
    finish: () => indexing,
  }
}
