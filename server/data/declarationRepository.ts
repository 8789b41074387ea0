import type { Types } from 'mongoose'
import { AdoptionDeclaration, declarationId, type AdoptionDeclarationRecord } from '../../models/AdoptionDeclaration'
import { AdoptionDeclarationEvent, type AdoptionDeclarationEventRecord } from '../../models/AdoptionDeclarationEvent'
import type { AdoptionStatus } from '../../models/adoptionStatuses'
import { utcDay } from './utcDay'

export type DeclarationData = AdoptionDeclarationRecord
export type DeclarationEventData = AdoptionDeclarationEventRecord
export type DeclarationDayCount = { day: string; caseStudyId: string; status: string; count: number }

type Change = { caseStudyId: string; councilCode: string; by: Types.ObjectId; at: Date }

/**
 * Write order (no multi-document transactions): the history event first, then the current
 * declaration, found by _id alone, which is the commit point. A process that dies between the two
 * leaves an event the current record does not reflect; never a current record without its history.
 */
export const declarationRepository = {
  async findCurrent(caseStudyId: string, councilCode: string): Promise<DeclarationData | undefined> {
    return (
      (await AdoptionDeclaration.findById(declarationId(String(caseStudyId), String(councilCode)))
        .lean<DeclarationData>()
        .exec()) ?? undefined
    )
  },

  async declare(change: Change & { status: AdoptionStatus; note: string }): Promise<void> {
    const { caseStudyId, councilCode, status, note, by, at } = change
    await AdoptionDeclarationEvent.create({ caseStudyId, councilCode, status, note, by, at })
    await AdoptionDeclaration.updateOne(
      { _id: declarationId(caseStudyId, councilCode) },
      {
        $set: { status, note, declaredBy: by, updatedAt: at },
        $setOnInsert: { caseStudyId, councilCode, firstDeclaredAt: at, adaptationDraftId: null },
      },
      { upsert: true },
    ).exec()
  },

  async withdraw(change: Change): Promise<void> {
    const { caseStudyId, councilCode, by, at } = change
    await AdoptionDeclarationEvent.create({ caseStudyId, councilCode, status: 'withdrawn', note: '', by, at })
    await AdoptionDeclaration.deleteOne({ _id: declarationId(caseStudyId, councilCode) }).exec()
  },

  async setAdaptationDraft(caseStudyId: string, councilCode: string, draftId: string): Promise<void> {
    await AdoptionDeclaration.updateOne(
      { _id: declarationId(caseStudyId, councilCode) },
      { $set: { adaptationDraftId: draftId } },
    ).exec()
  },

  /** One council's history on one case study, newest first. */
  history(caseStudyId: string, councilCode: string): Promise<DeclarationEventData[]> {
    return AdoptionDeclarationEvent.find({ caseStudyId: String(caseStudyId), councilCode: String(councilCode) })
      .sort({ at: -1, _id: -1 })
      .lean<DeclarationEventData[]>()
      .exec()
  },

  /** The current declarations on these case studies, oldest first. */
  currentByCaseStudy(ids: string[]): Promise<DeclarationData[]> {
    if (ids.length === 0) return Promise.resolve([])
    return AdoptionDeclaration.find({ caseStudyId: { $in: ids.map(String) } })
      .sort({ firstDeclaredAt: 1, _id: 1 })
      .lean<DeclarationData[]>()
      .exec()
  },

  /**
   * Declaration events on these case studies since a date, counted by UTC day, case study and
   * status ('withdrawn' included), for the dashboards. Counted here rather than by an aggregation:
   * FerretDB v1 lacks the date operators, and the events of a council's case studies are few.
   */
  async countByDay(caseStudyIds: string[], since: Date): Promise<DeclarationDayCount[]> {
    if (caseStudyIds.length === 0) return []
    const events = await AdoptionDeclarationEvent.find(
      { caseStudyId: { $in: caseStudyIds.map(String) }, at: { $gte: since } },
      { caseStudyId: 1, status: 1, at: 1 },
    )
      .lean<Pick<DeclarationEventData, 'caseStudyId' | 'status' | 'at'>[]>()
      .exec()
    const counts = new Map<string, DeclarationDayCount>()
    for (const event of events) {
      const day = utcDay(event.at)
      const key = `${day}|${event.caseStudyId}|${event.status}`
      const row = counts.get(key) ?? { day, caseStudyId: event.caseStudyId, status: event.status, count: 0 }
      row.count += 1
      counts.set(key, row)
    }
    return [...counts.values()].sort(
      (a, b) =>
        a.day.localeCompare(b.day) || a.caseStudyId.localeCompare(b.caseStudyId) || a.status.localeCompare(b.status),
    )
  },
}

export type DeclarationRepository = typeof declarationRepository
