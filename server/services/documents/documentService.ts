import type { Types } from 'mongoose'
import type { FileItem } from '../../../models/vocabulary'
import { MAX_FILES_PER_CASE_STUDY } from '../../../models/documentFileTypes'
import type { CaseStudyData, CaseStudyRepository } from '../../data/caseStudyRepository'
import type { DocumentFileRepository } from '../../data/documentFileRepository'
import type { PendingDocumentFileRepository } from '../../data/pendingDocumentFileRepository'
import type { UserData } from '../../data/userRepository'
import { ForbiddenError, NotFoundError } from '../../errors/httpError'
import type { MaybeUser } from '../authorisation'
import type { RequestContext } from '../auditService'
import { EditConflictError, type CaseStudyEditingService } from '../caseStudies/caseStudyEditingService'
import type { Clock } from '../clock'
import { openFile } from './fileAccess'
import { hostedFiles } from './hostedFiles'
import { receiveFile, type ReceivedFile } from './receiveFile'
import { filesOf, isListedAnywhere } from './fileListings'

// A pending record older than this belongs to a request that has ended: Node's HTTP server ends
// any request after 5 minutes (requestTimeout), and an upload takes one request.
const STALE_AFTER_MS = 60 * 60 * 1000
// Two uploads to one case study at once both read its file list; the one that commits second
// finds it changed (or the other's save still under way), waits a moment, reads it again and
// adds its file to the new list. A save takes tens of milliseconds, so 5 tries over 1.5 s.
const ATTEMPTS = 5
const FIRST_WAIT_MS = 100

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
    for (let tried = 1; ; tried++) {
      try {
        return await attempt()
      } catch (error) {
        if (!(error instanceof EditConflictError) || tried >= ATTEMPTS) throw error
      }
      await new Promise(resolve => setTimeout(resolve, FIRST_WAIT_MS * 2 ** (tried - 1)))
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
    /** Settles files left pending by a process that stopped mid-change (see models/PendingDocumentFile.ts); run by the clean-up timer (sessionCleanupService). */
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

    /** Demo content's files (hostedFiles.ts). */
    ...hostedFiles({ files, pending }),

    /** A file to download, if this user may have it (fileAccess.ts); 404 otherwise. */
    open: (actor: MaybeUser, fileId: string) => openFile({ files, caseStudies }, actor, fileId),
  }
}

export type DocumentService = ReturnType<typeof createDocumentService>
