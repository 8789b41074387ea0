import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import busboy from 'busboy'
import type { NextFunction, Request, Response } from 'express'
import { HttpError } from '../errors/httpError'
import { isNetworkAdmin } from '../services/authorisation'

/** A file uploaded with a form, written to a temporary folder that is removed once the response ends. */
export type UploadedFile = { path: string; name: string; size: number; tooLarge: boolean }

/**
 * Reads a multipart form (an import file) into req.body and req.upload, streaming the file to
 * disk, never into memory. It runs before the CSRF check, which reads the token from req.body:
 * express.urlencoded cannot read a multipart body, and a token in the address would reach the
 * logs. Only network admins' uploads are read, so nobody else can make the app write a file; for
 * anyone else the body stays unread and the CSRF check refuses the request. One file, `fieldName`;
 * past `maxBytes` it is cut short and marked tooLarge, for the form to say so.
 */
export function uploadedFile(fieldName: string, maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || !req.is('multipart/form-data') || !isNetworkAdmin(req.user)) return next()
    const folder = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-upload-'))
    res.on('close', () => rmSync(folder, { recursive: true, force: true }))
    const fields: Record<string, string> = {}
    let upload: UploadedFile | undefined
    let written: Promise<void> = Promise.resolve()
    let parser: busboy.Busboy
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 20, fieldSize: 1_000 } })
    } catch (error) {
      return next(new HttpError(400, (error as Error).message))
    }
    parser.on('field', (name, value) => {
      fields[name] = value
    })
    parser.on('file', (name, stream, info) => {
      if (name !== fieldName || upload) {
        stream.resume()
        return
      }
      const file: UploadedFile = {
        path: path.join(folder, 'upload'),
        name: path.basename(info.filename || '').slice(0, 200),
        size: 0,
        tooLarge: false,
      }
      upload = file
      stream.on('data', (chunk: Buffer) => (file.size += chunk.length))
      stream.on('limit', () => (file.tooLarge = true))
      written = pipeline(stream, createWriteStream(file.path))
    })
    // Once: a broken form can end in an error and a close both.
    let finished = false
    const finish = (error?: unknown) => {
      if (finished) return
      finished = true
      if (error) return next(error)
      req.body = fields
      req.upload = upload
      next()
    }
    parser.on('error', (error: Error) => finish(new HttpError(400, error.message)))
    parser.on('close', () => void written.then(() => finish(), finish))
    req.pipe(parser)
  }
}
