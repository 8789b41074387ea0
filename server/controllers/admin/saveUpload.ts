import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Response } from 'express'
import type { UploadedFile } from '../../forms/importForm'

/**
 * Saves an uploaded import file to a temporary folder that is removed once the response ends, so
 * the importer can read it twice (its check pass and its write pass). At most `maxBytes` + 1 bytes
 * arrive (readUploadForm's limit); more than `maxBytes` marks it too large.
 */
export async function saveUpload(
  res: Response,
  name: string,
  stream: AsyncIterable<Buffer>,
  maxBytes: number,
): Promise<UploadedFile> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-upload-'))
  res.on('close', () => rmSync(folder, { recursive: true, force: true }))
  const file: UploadedFile = {
    path: path.join(folder, 'upload'),
    name: path.basename(name).slice(0, 200),
    size: 0,
    tooLarge: false,
  }
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      file.size += chunk.length
      done(null, chunk)
    },
  })
  await pipeline(stream, counted, createWriteStream(file.path))
  file.tooLarge = file.size > maxBytes
  return file
}
