import { Enquiry, type EnquiryRecord } from '../../models/Enquiry'
import { EnquiryOptOut } from '../../models/EnquiryOptOut'
import { EnquiryOptOutLink, type EnquiryOptOutLinkRecord } from '../../models/EnquiryOptOutLink'
import { asObjectId } from './objectIds'
import { utcDay } from './utcDay'

/** An enquiry as lean() reads it: recipients are plain objects, not a mongoose array. */
export type EnquiryData = Omit<EnquiryRecord, 'recipients'> & { recipients: { name: string; role: string }[] }
export type NewEnquiry = Omit<EnquiryData, '_id' | 'day'>
export type OptOutLinkData = EnquiryOptOutLinkRecord
export type EnquiriesByDay = { day: string; caseStudyId: string; count: number }

export const enquiryRepository = {
  async insert(enquiry: NewEnquiry): Promise<EnquiryData> {
    const created = await Enquiry.create({ ...enquiry, day: utcDay(enquiry.sentAt) })
    return created.toObject<EnquiryData>()
  },

  async findById(id: string): Promise<EnquiryData | undefined> {
    const objectId = asObjectId(String(id))
    return objectId ? ((await Enquiry.findById(objectId).lean<EnquiryData>().exec()) ?? undefined) : undefined
  },

  /** One page of a council's enquiries, newest first, and how many it has in all. */
  async listByCouncil(
    councilCode: string,
    skip: number,
    limit: number,
  ): Promise<{ enquiries: EnquiryData[]; total: number }> {
    const filter = { councilCode: String(councilCode) }
    const [enquiries, total] = await Promise.all([
      Enquiry.find(filter).sort({ sentAt: -1, _id: -1 }).skip(skip).limit(limit).lean<EnquiryData[]>().exec(),
      Enquiry.countDocuments(filter).exec(),
    ])
    return { enquiries, total }
  },

  /**
   * Enquiries per UTC day and case study since a moment, for the dashboards. Grouped by the
   * stored day in one $group (FerretDB v1 has no $dateToString to derive it from sentAt).
   */
  async countByDay(caseStudyIds: string[], since: Date): Promise<EnquiriesByDay[]> {
    if (caseStudyIds.length === 0) return []
    const rows = await Enquiry.aggregate<{ _id: { day: string; caseStudyId: string }; count: number }>([
      { $match: { caseStudyId: { $in: caseStudyIds.map(String) }, sentAt: { $gte: since } } },
      { $group: { _id: { day: '$day', caseStudyId: '$caseStudyId' }, count: { $sum: 1 } } },
    ]).exec()
    return rows
      .map(({ _id, count }) => ({ day: _id.day, caseStudyId: _id.caseStudyId, count }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.caseStudyId.localeCompare(b.caseStudyId))
  },

  /** What one officer has asked, newest first, for "download your data" (a scan: rare, and per person). */
  async listBySender(senderId: string): Promise<EnquiryData[]> {
    const objectId = asObjectId(String(senderId))
    if (!objectId) return []
    return Enquiry.find({ senderId: objectId }).sort({ sentAt: -1 }).lean<EnquiryData[]>().exec()
  },

  /**
   * Removes a deleted account's name and words from what it asked. The record stays, so the
   * publisher's list and the dashboards still count the question; the email was sent long ago.
   */
  async forgetSender(senderId: string, placeholder: { name: string; message: string }): Promise<void> {
    const objectId = asObjectId(String(senderId))
    if (!objectId) return
    await Enquiry.updateMany(
      { senderId: objectId },
      { $set: { senderName: placeholder.name, message: placeholder.message } },
    ).exec()
  },

  /** Which of these opt-out ids are stored: each looked up by _id alone. */
  async optedOut(optOutIds: string[]): Promise<Set<string>> {
    const found = await Promise.all(optOutIds.map(id => EnquiryOptOut.exists({ _id: String(id) })))
    return new Set(optOutIds.filter((_id, index) => found[index] !== null))
  },

  /** Records an opt-out; doing it twice keeps the first time. */
  async optOut(optOutId: string, caseStudyId: string, at: Date): Promise<void> {
    await EnquiryOptOut.updateOne(
      { _id: String(optOutId) },
      { $setOnInsert: { caseStudyId, optedOutAt: at } },
      { upsert: true },
    ).exec()
  },

  async insertOptOutLink(link: OptOutLinkData): Promise<void> {
    await EnquiryOptOutLink.create(link)
  },

  async findOptOutLink(tokenHash: string): Promise<OptOutLinkData | undefined> {
    return (await EnquiryOptOutLink.findById(String(tokenHash)).lean<OptOutLinkData>().exec()) ?? undefined
  },
}

export type EnquiryRepository = typeof enquiryRepository
