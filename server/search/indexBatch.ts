import type { CaseStudyData } from '../data/caseStudyRepository'
import { documentFor, indexedAdaptationCount, type IndexSource } from './indexDocuments'
import type { SearchDocument, SearchEngine } from './searchTypes'

export type Change = { id: string; caseStudy: CaseStudyData | undefined }
export type BatchOutcome = { applied: string[]; failed: Map<string, unknown> }

/**
 * Brings the index in line with these case studies as MongoDB has them now, in one upsert and one
 * remove: a remote engine (Meilisearch) takes a request per write, so writing case study by case
 * study crawled at a couple a second. The counts of adaptations move in the same upsert: a case
 * study's count is the index's count before the batch, less the batch's case studies that said
 * they adapted it, plus those that say so now.
 *
 * A case study whose document cannot be built fails alone (`failed`); an engine failure fails the
 * batch. `stopping` is checked between requests: once it is true nothing more is sent and the
 * outcome is undefined (the tasks stay, to be applied by whoever indexes next).
 */
export async function applyBatch(
  engine: SearchEngine,
  source: IndexSource,
  changes: Change[],
  stopping: () => boolean,
): Promise<BatchOutcome | undefined> {
  const ids = changes.map(change => change.id)
  const before = new Map((await engine.get(ids)).map(document => [document.id, document]))
  const after = new Map<string, SearchDocument>()
  const failed = new Map<string, unknown>()
  for (const { id, caseStudy } of changes) {
    if (stopping()) return undefined
    try {
      const document = caseStudy && (await documentFor(source, caseStudy, 0))
      if (document) after.set(id, document)
    } catch (error) {
      failed.set(id, error)
    }
  }
  const applied = ids.filter(id => !failed.has(id))

  const targets = new Set(after.keys())
  for (const id of applied) {
    for (const adapted of [before.get(id)?.adaptedFromId, after.get(id)?.adaptedFromId])
      if (adapted) targets.add(adapted)
  }
  const counts = new Map<string, number>()
  for (const target of targets) {
    if (stopping()) return undefined
    let count = await indexedAdaptationCount(engine, target)
    for (const id of applied) {
      if (before.get(id)?.adaptedFromId === target) count--
      if (after.get(id)?.adaptedFromId === target) count++
    }
    counts.set(target, Math.max(0, count))
  }

  const upserts = [...after.values()].map(document => ({ ...document, adaptedCount: counts.get(document.id) ?? 0 }))
  const others = [...targets].filter(target => !ids.includes(target))
  for (const document of others.length ? await engine.get(others) : []) {
    const count = counts.get(document.id) ?? 0
    if (document.adaptedCount !== count) upserts.push({ ...document, adaptedCount: count })
  }
  const removals = applied.filter(id => !after.has(id) && before.has(id))
  if (stopping()) return undefined
  if (upserts.length) await engine.upsert(upserts)
  if (stopping()) return undefined
  if (removals.length) await engine.remove(removals)
  return { applied, failed }
}
