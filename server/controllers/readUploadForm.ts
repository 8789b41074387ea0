import busboy from 'busboy'
import type { Request } from 'express'

// Every upload form (hosted documents, the import page) is a multipart body read as it arrives.
// Its CSRF token is one of its fields, which nothing has read when the CSRF middleware runs: that
// middleware defers the check for upload routes (middleware/csrf.ts, `multipartRoutes`) and this
// reader makes it, taking no file before the token has been accepted. The file goes straight to
// whoever takes it; busboy stops passing bytes on one past the size limit, so the taker sees an
// oversized file for what it is and never more of it than that.

export type UploadForm<T> = { fields: Record<string, string>; csrfValid: boolean; file?: T }

/**
 * Reads the form, handing the field named "file" to `takeFile` once the CSRF token has been
 * checked (a file arriving before it is dropped unread). Resolves when the body has been read and
 * the file taken; rejects if the body is cut short or malformed, after `takeFile` has finished
 * (so it has cleaned up whatever it had stored).
 */
export async function readUploadForm<T>(
  req: Request,
  takeFile: (name: string, stream: AsyncIterable<Buffer>) => Promise<T>,
  maxFileBytes: number,
): Promise<UploadForm<T>> {
  const form = busboy({
    headers: req.headers,
    limits: { fileSize: maxFileBytes + 1, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  })
  const fields: Record<string, string> = {}
  let csrfValid = false
  let taking: Promise<T> | undefined
  form.on('field', (name, value) => {
    fields[name] = value
    if (name === '_csrf') csrfValid = req.csrfValid?.(value) ?? false
  })
  form.on('file', (name, stream, info) => {
    if (name !== 'file' || taking || !csrfValid) return void stream.resume()
    taking = takeFile(info.filename ?? '', stream)
    // Awaited below. If the taker fails part-way (the store is down), the rest of the file is read
    // and dropped so the form can finish and the failure be reported.
    taking.catch(() => stream.resume())
  })
  const read = new Promise<void>((resolve, reject) => {
    form.on('close', resolve)
    form.on('error', reject)
    // A browser that gives up mid-upload closes the connection: end the file's stream with an
    // error so whatever is storing it stops and deletes what it stored.
    req.on('close', () => {
      if (!req.complete) form.destroy(new Error('the upload was interrupted'))
    })
  })
  req.pipe(form)
  try {
    await read
  } finally {
    await taking?.catch(() => undefined)
  }
  return { fields, csrfValid, file: await taking }
}
