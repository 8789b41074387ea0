import type { Types } from 'mongoose'
import { PendingDocumentFile, type PendingDocumentFileRecord } from '../../models/PendingDocumentFile'

export type PendingDocumentFileData = PendingDocumentFileRecord

/** Files whose fate is not settled yet (models/PendingDocumentFile.ts says why they are kept). */
export const pendingDocumentFileRepository = {
  async add(fileId: Types.ObjectId, caseStudyId: Types.ObjectId, since: Date): Promise<void> {
    await PendingDocumentFile.create({ _id: fileId, caseStudyId, since })
  },

  async remove(fileId: Types.ObjectId): Promise<void> {
    await PendingDocumentFile.deleteOne({ _id: fileId }).exec()
  },

  olderThan(since: Date): Promise<PendingDocumentFileData[]> {
    return PendingDocumentFile.find({ since: { $lt: since } })
      .lean<PendingDocumentFileData[]>()
      .exec()
  },
}

export type PendingDocumentFileRepository = typeof pendingDocumentFileRepository
