import type { Types } from 'mongoose'
import { MAX_FILE_BYTES, kindOfFileName, type DocumentFileKind } from '../../../models/documentFileTypes'
import type { DocumentFileRepository } from '../../data/documentFileRepository'
import type { PendingDocumentFileRepository } from '../../data/pendingDocumentFileRepository'
import { contentSniffer } from './contentSniffer'

/** A file stored whole and checked, not yet listed by its case study. */
export type ReceivedFile = {
  fileId: Types.ObjectId
  caseStudyId: Types.ObjectId
  kind: DocumentFileKind
  bytes: number
  at: Date
}
export type UploadProblem = 'missing' | 'unsupported' | 'empty' | 'too-large' | 'mismatch'
export type Received = { ok: true; file: ReceivedFile } | { ok: false; problem: UploadProblem; kind?: DocumentFileKind }

type Stores = { files: DocumentFileRepository; pending: PendingDocumentFileRepository }

/** Reads what is left of a stream without keeping it, so the request's later fields still arrive. */
export async function drain(stream: AsyncIterable<Buffer>): Promise<void> {
  for await (const _piece of stream);
}

// A display name for operators (GridFS's `filename`); downloads are named from the title instead.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const tidyName = (name: string) => name.replace(/[\u0000-\u001f\u007f/\\]/g, '_').slice(-200)

/**
 * Streams an upload into the store, piece by piece, while checking its size and content. Stops
 * storing at the first byte past the limit or the first sign the content is not what its name
 * says, reads (and drops) the rest, and on any refusal or failure deletes what it had stored:
 * nothing of a refused or interrupted upload stays. The pending record written first covers a
 * process that dies part-way (documentService's sweep).
 */
export async function receiveFile(
  { files, pending }: Stores,
  caseStudyId: Types.ObjectId,
  name: string,
  stream: AsyncIterable<Buffer>,
  at: Date,
): Promise<Received> {
  const kind = kindOfFileName(name)
  if (!name || !kind) {
    await drain(stream)
    return { ok: false, problem: name ? 'unsupported' : 'missing' }
  }
  const fileId = files.newId()
  await pending.add(fileId, caseStudyId, at)
  const writer = files.writer(fileId, tidyName(name), { caseStudyId, kind }, at)
  const sniffer = contentSniffer(kind)
  let bytes = 0
  let problem: UploadProblem | undefined
  try {
    for await (const piece of stream) {
      bytes += piece.length
      if (problem) continue
      if (bytes > MAX_FILE_BYTES) problem = 'too-large'
      else if (!sniffer.push(piece)) problem = 'mismatch'
      else await writer.write(piece)
    }
    if (!problem && bytes === 0) problem = 'empty'
    if (!problem && !sniffer.matches()) problem = 'mismatch'
    if (!problem) {
      await writer.finish()
      return { ok: true, file: { fileId, caseStudyId, kind, bytes, at } }
    }
  } catch (error) {
    await writer.abort()
    await pending.remove(fileId)
    throw error
  }
  await writer.abort()
  await pending.remove(fileId)
  return { ok: false, problem, kind }
}
