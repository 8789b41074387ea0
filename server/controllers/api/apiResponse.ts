import { createHash } from 'node:crypto'
import type { Response } from 'express'

/** The API's data is public and the same for everyone, so any cache may keep an answer a minute. */
export const API_CACHE_CONTROL = 'public, max-age=60'

/**
 * Sends a JSON body with a weak ETag, a hash of its bytes: weak, because a proxy that compresses the
 * body keeps its meaning but not its bytes. Express's res.send answers 304, without the body, when
 * the request's If-None-Match holds it.
 */
export function sendJson(res: Response, body: unknown): void {
  const json = JSON.stringify(body)
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 32)
  res.set({ 'Cache-Control': API_CACHE_CONTROL, ETag: `W/"${hash}"` })
  res.type('application/json').send(json)
}

/** A permanent move (an old slug), with no body: a redirect page would be HTML. */
export function movedTo(res: Response, location: string): void {
  res.status(301).set('Cache-Control', API_CACHE_CONTROL).location(location).end()
}
