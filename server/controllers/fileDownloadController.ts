import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Request, Response } from 'express'
import type { Services } from '../services'
import { asciiName } from '../services/documents/downloadName'

/** RFC 6266: a plain-ASCII name for old browsers, and the real one percent-encoded as UTF-8. */
const contentDisposition = (name: string) =>
  `attachment; filename="${asciiName(name)}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`

export function fileDownloadController({ documents }: Pick<Services, 'documents'>) {
  return {
    /**
     * Always a download, never shown in the page's origin: `attachment`, the type we checked it
     * against (never one the uploader sent), nosniff, and a CSP that would sandbox it if a browser
     * displayed it anyway.
     */
    download: async (req: Request, res: Response) => {
      const file = await documents.open(req.user, String(req.params.fileId))
      res.set({
        'Content-Type': file.contentType,
        'Content-Length': String(file.bytes),
        'Content-Disposition': contentDisposition(file.name),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      })
      // A draft's file, or one only its editors may see: no cache keeps it for the next person.
      if (!file.isPublic) res.set('Cache-Control', 'private, no-store')
      if (req.method === 'HEAD') return void res.end()
      await pipeline(Readable.from(file.content), res)
    },
  }
}
