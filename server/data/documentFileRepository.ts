import mongoose, { Types } from 'mongoose'
import { asObjectId } from './objectIds'

// Hosted files in MongoDB's GridFS layout: bucket "documentFiles", a `.files` document per file
// (written last, so a file without one is unfinished) and its bytes in `.chunks` of 255 KB with
// `files_id` and `n`, under GridFS's own indexes. The mongodb driver's GridFSBucket on either
// store reads and deletes what is written here, as do mongofiles and mongodump.
//
// We do not read or delete through GridFSBucket, though. It finds a file's chunks by `files_id`,
// and FerretDB v1.24's SQLite backend pushes no filter into SQL but one on `_id` alone: every
// read or delete scans every chunk of every file (measured: 2 s to download a 4-byte file with
// 100 MB of other files stored, 1 ms by _id). So each chunk's _id is "<fileId>:<n>", and this
// repository fetches and deletes chunks one by one by _id, which costs the same however many
// files are stored. GridFSBucket's uploads work on FerretDB (its index check and inserts do)
// but give chunks random ids, so they are not used either.

const BUCKET = 'documentFiles'
const CHUNK_BYTES = 255 * 1024

type FilesDocument = {
  _id: Types.ObjectId
  length: number
  chunkSize: number
  uploadDate: Date
  filename: string
  metadata: { caseStudyId: Types.ObjectId; kind: string }
}
type ChunkDocument = { _id: string; files_id: Types.ObjectId; n: number; data: Buffer | { buffer: Uint8Array } }

export type StoredFileData = FilesDocument

const chunkId = (fileId: Types.ObjectId, n: number) => `${fileId.toHexString()}:${n}`

function collections() {
  const db = mongoose.connection.db
  if (!db) throw new Error('the store is not connected')
  return {
    files: db.collection<FilesDocument>(`${BUCKET}.files`),
    chunks: db.collection<ChunkDocument>(`${BUCKET}.chunks`),
  }
}

/** Writes one file's chunks as they come; nothing is a file until finish() writes its `.files` document. */
export type FileWriter = {
  write(data: Buffer): Promise<void>
  finish(): Promise<StoredFileData>
  /** Deletes every chunk written so far. */
  abort(): Promise<void>
}

export const documentFileRepository = {
  newId: () => new Types.ObjectId(),
  idFrom: asObjectId,

  /** GridFS's own indexes, so GridFSBucket finds them in place; creating them again is a no-op. */
  async ensureIndexes(): Promise<void> {
    const { files, chunks } = collections()
    await files.createIndex({ filename: 1, uploadDate: 1 })
    await chunks.createIndex({ files_id: 1, n: 1 }, { unique: true })
  },

  writer(fileId: Types.ObjectId, filename: string, metadata: FilesDocument['metadata'], at: Date): FileWriter {
    const { files, chunks } = collections()
    let pending: Buffer[] = []
    let pendingBytes = 0
    let written = 0
    let length = 0
    const flush = async (data: Buffer) => {
      await chunks.insertOne({ _id: chunkId(fileId, written), files_id: fileId, n: written, data })
      written++
    }
    return {
      async write(data) {
        length += data.length
        // Fills the current chunk from the front of `data`, writing each chunk once full: linear
        // in the file's size however the upload is split.
        for (let offset = 0; offset < data.length;) {
          const take = Math.min(CHUNK_BYTES - pendingBytes, data.length - offset)
          pending.push(data.subarray(offset, offset + take))
          pendingBytes += take
          offset += take
          if (pendingBytes === CHUNK_BYTES) {
            await flush(Buffer.concat(pending))
            pending = []
            pendingBytes = 0
          }
        }
      },
      async finish() {
        if (pendingBytes > 0) await flush(Buffer.concat(pending))
        pending = []
        pendingBytes = 0
        const file = { _id: fileId, length, chunkSize: CHUNK_BYTES, uploadDate: at, filename, metadata }
        await files.insertOne(file)
        return file
      },
      async abort() {
        pending = []
        for (let n = written - 1; n >= 0; n--) await chunks.deleteOne({ _id: chunkId(fileId, n) })
      },
    }
  },

  async find(id: string): Promise<StoredFileData | undefined> {
    const fileId = asObjectId(id)
    return (fileId && (await collections().files.findOne({ _id: fileId }))) || undefined
  },

  /** The file's bytes, chunk by chunk; fails if a chunk is missing rather than serve a hole. */
  async *read(file: StoredFileData): AsyncGenerator<Buffer> {
    const { chunks } = collections()
    const count = Math.ceil(file.length / file.chunkSize)
    for (let n = 0; n < count; n++) {
      const chunk = await chunks.findOne({ _id: chunkId(file._id, n) })
      if (!chunk) throw new Error(`chunk ${n} of file ${file._id.toHexString()} is missing`)
      const data = chunk.data
      yield Buffer.isBuffer(data) ? data : Buffer.from(data.buffer)
    }
  },

  /**
   * Deletes a file, its `.files` document first so no reader sees it part-deleted. Chunks are
   * numbered from 0 without gaps (each is written after the one before), so an unfinished file
   * with no `.files` document ends at its first missing chunk.
   */
  async delete(fileId: Types.ObjectId): Promise<void> {
    const { files, chunks } = collections()
    await files.deleteOne({ _id: fileId })
    for (let n = 0; ; n++) {
      const { deletedCount } = await chunks.deleteOne({ _id: chunkId(fileId, n) })
      if (deletedCount === 0) break
    }
  },
}

export type DocumentFileRepository = typeof documentFileRepository
