import type { Types } from 'mongoose'
import type { FileItem } from '../../../models/caseStudyContent'
import {
  DOCUMENT_FILE_TYPES,
  MAX_FILES_PER_CASE_STUDY,
  isDocumentFileKind,
  type DocumentFileKind,
} from '../../../models/documentFileTypes'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { DocumentFileRepository } from '../../data/documentFileRepository'
import type { PendingDocumentFileRepository } from '../../data/pendingDocumentFileRepository'
import type { UserData } from '../../data/userRepository'
import { ForbiddenError, NotFoundError } from '../../errors/httpError'
import type { MaybeUser } from '../authorisation'
import type { RequestContext } from '../auditService'
import { canEdit } from '../caseStudies/access'
import { EditConflictError, type CaseStudyEditingService } from '../caseStudies/caseStudyEditingService'
import type { Clock } from '../clock'
import { downloadName } from './downloadName'
import { receiveFile, type ReceivedFile } from './receiveFile'
import { filesOf, isListedAnywhere } from './fileListings'

// A pending record older than this belongs to a request that has ended: Node's HTTP server ends
// any request after 5 minutes (requestTimeout), and an upload takes one request.
const STALE_AFTER_MS = 60 * 60 * 1000
// Two uploads to one case study at once both read its file list; the one that commits second
// finds it changed, reads it again and adds its file to the new list.
const ATTEMPTS = 3

/** A file made by the app itself (demo content), to host as it is. */
export type HostedDocument = { title: string; licence: string; kind: DocumentFileKind; data: Buffer }

type Dependencies = {
  editing: CaseStudyEditingService
  caseStudies: CaseStudyRepository
  files: DocumentFileRepository
  pending: PendingDocumentFileRepository
  clock: Clock
}

/**
 * Hosted files: who may upload, remove and download them. A file is listed by the draft (and,
 * once a curator publishes that draft, by the published version and its revision). Removing a
 * file takes it off the draft; its bytes are deleted only if no published version ever listed
 * it, so the public page keeps serving it until the next publication, and every published
 * revision keeps the files it listed (a record of what was published, and what a version
 * restored from history would need).
 */
export function createDocumentService({ editing, caseStudies, files, pending, clock }: Dependencies) {
  async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
    for (let left = ATTEMPTS; ; left--) {
      try {
        return await attempt()
      } catch (error) {
        if (!(error instanceof EditConflictError) || left <= 1) throw error
      }
    }
  }

  /** Deletes the file unless its case study still lists it anywhere that matters. */
  async function settle(fileId: Types.ObjectId, caseStudyId: Types.ObjectId): Promise<void> {
    const caseStudy = await caseStudies.findById(caseStudyId)
    if (!caseStudy || !(await isListedAnywhere(caseStudies, caseStudy, fileId.toHexString())))
      await files.delete(fileId)
    await pending.remove(fileId)
  }

  async function discard(file: Pick<ReceivedFile, 'fileId'>): Promise<void> {
    await files.delete(file.fileId)
    await pending.remove(file.fileId)
  }

  return {
    /** Settles files left pending by a process that stopped mid-change (see models/PendingDocumentFile.ts). */
    async sweep(): Promise<number> {
      const stale = await pending.olderThan(new Date(clock().getTime() - STALE_AFTER_MS))
      for (const record of stale) await settle(record._id, record.caseStudyId)
      return stale.length
    },

    /** May this user add a file here (404 for anyone else), and is there room? */
    async forUpload(actor: UserData | undefined, id: string) {
      const { caseStudy, draft } = await editing.forEditing(actor, id)
      // The same refusals as any edit of the draft, made before a byte is stored.
      if (caseStudy.archivedAt) throw new ForbiddenError('Archived case studies cannot be edited')
      if (draft.reviewState === 'rejected')
        throw new ForbiddenError('This case study was rejected and cannot be edited')
      const count = filesOf(draft.content).length
      return { caseStudy, title: draft.content.title, count, full: count >= MAX_FILES_PER_CASE_STUDY }
    },

    /** As forUpload, before reading an upload; settles what earlier uploads left pending first. */
    async beginUpload(actor: UserData | undefined, id: string) {
      const page = await this.forUpload(actor, id)
      await this.sweep()
      return page
    },

    receive: (caseStudy: CaseStudyData, name: string, stream: AsyncIterable<Buffer>) =>
      receiveFile({ files, pending }, caseStudy._id, name, stream, clock()),

    discard,

    /** Lists a received file on the draft; 'full' (and the file deleted) if ten are there already. */
    async attach(
      actor: UserData,
      file: ReceivedFile,
      details: { title: string; licence: string },
      context: RequestContext,
    ): Promise<'attached' | 'full'> {
      const item: FileItem = {
        fileId: file.fileId.toHexString(),
        ...details,
        kind: file.kind,
        bytes: file.bytes,
        uploadedAt: file.at,
      }
      let full = false
      try {
        await retrying(() =>
          editing.changeDraft(actor, file.caseStudyId.toHexString(), 'documents', context, content => {
            full = filesOf(content).length >= MAX_FILES_PER_CASE_STUDY
            if (!full) content.files = [...filesOf(content), item]
          }),
        )
      } catch (error) {
        await discard(file)
        throw error
      }
      if (full) await discard(file)
      else await pending.remove(file.fileId)
      return full ? 'full' : 'attached'
    },

    /** Takes a file off the draft; deletes its bytes only if no published version lists it. Returns its title. */
    async remove(actor: UserData, id: string, fileId: string, context: RequestContext): Promise<string> {
      const { caseStudy, draft } = await editing.forEditing(actor, id)
      const listed = filesOf(draft.content).find(item => item.fileId === fileId)
      if (!listed) throw new NotFoundError()
      const fileObjectId = files.idFrom(fileId)
      if (!fileObjectId) throw new NotFoundError()
      await pending.add(fileObjectId, caseStudy._id, clock()).catch((error: { code?: number }) => {
        if (error.code !== 11000) throw error // someone else is removing it too
      })
      try {
        await retrying(() =>
          editing.changeDraft(actor, id, 'documents', context, content => {
            content.files = filesOf(content).filter(item => item.fileId !== fileId)
          }),
        )
      } finally {
        // Whether or not the change landed: a file still listed is kept, one no longer needed goes.
        await settle(fileObjectId, caseStudy._id)
      }
      return listed.title
    },

    /**
     * Stores files made for a case study about to be inserted (demo content), each pending until
     * hosted() is told the case study lists it: if seeding stops part-way, the sweep deletes them.
     */
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

    /**
     * A file to download: for those who may edit its case study, any of its files; for everyone
     * else, only the files the published version lists. 404 otherwise, so a draft's files (or
     * whether there are any) stay private.
     */
    async open(actor: MaybeUser, fileId: string) {
      const file = await files.find(fileId)
      const caseStudy = file && (await caseStudies.findById(file.metadata.caseStudyId))
      if (!file || !caseStudy || !isDocumentFileKind(file.metadata.kind)) throw new NotFoundError()
      const publicItem =
        caseStudy.published && !caseStudy.archivedAt
          ? filesOf(caseStudy.published.content).find(item => item.fileId === fileId)
          : undefined
      const editorItem = canEdit(actor, caseStudy)
        ? [caseStudy.draft?.content, caseStudy.published?.content]
            .flatMap(content => (content ? filesOf(content) : []))
            .find(item => item.fileId === fileId)
        : undefined
      if (!publicItem && !canEdit(actor, caseStudy)) throw new NotFoundError()
      const title = (publicItem ?? editorItem)?.title ?? file.filename.replace(/\.[^.]*$/, '')
      return {
        name: downloadName(title, file.metadata.kind),
        contentType: DOCUMENT_FILE_TYPES[file.metadata.kind].contentType,
        bytes: file.length,
        isPublic: Boolean(publicItem),
        content: files.read(file),
      }
    },
  }
}

export type DocumentService = ReturnType<typeof createDocumentService>
