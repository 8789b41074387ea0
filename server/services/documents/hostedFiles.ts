import type { Types } from 'mongoose'
import type { FileItem } from '../../../models/vocabulary'
import type { DocumentFileKind } from '../../../models/documentFileTypes'
import type { DocumentFileRepository } from '../../data/documentFileRepository'
import type { PendingDocumentFileRepository } from '../../data/pendingDocumentFileRepository'
import { downloadName } from './downloadName'

/** A file made by the app itself (demo content), to host as it is. */
export type HostedDocument = { title: string; licence: string; kind: DocumentFileKind; data: Buffer }

/**
 * Files the app makes for case studies it inserts whole (demo content). Each is stored before its
 * case study and stays pending until hosted() hears the case study lists it, so if seeding stops
 * part-way the sweep (documentService) deletes the files no case study lists.
 */
export function hostedFiles({
  files,
  pending,
}: {
  files: DocumentFileRepository
  pending: PendingDocumentFileRepository
}) {
  return {
    async host(caseStudyId: Types.ObjectId, documents: HostedDocument[], at: Date): Promise<FileItem[]> {
      const items: FileItem[] = []
      for (const { title, licence, kind, data } of documents) {
        const fileId = files.newId()
        await pending.add(fileId, caseStudyId, at)
        const writer = files.writer(fileId, downloadName(title, kind), { caseStudyId, kind }, at)
        await writer.write(data)
        await writer.finish()
        items.push({ fileId: fileId.toHexString(), title, licence, kind, bytes: data.length, uploadedAt: at })
      }
      return items
    },

    async hosted(items: FileItem[]): Promise<void> {
      for (const item of items) {
        const fileId = files.idFrom(item.fileId)
        if (fileId) await pending.remove(fileId)
      }
    },
  }
}
