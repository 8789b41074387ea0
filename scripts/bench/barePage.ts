import path from 'node:path'
import type { Express, Request, Response } from 'express'
import { notFound } from '../../server/middleware/errorHandler'

export const BARE_PATH = '/benchmark/bare-page'
const TEMPLATE = path.join(__dirname, 'barePage.ejs')
const PARAGRAPH_CHARS = 500
const FILLER = 'Councils share what worked so that others can copy and adapt it. '

/**
 * The baseline page: an EJS template rendered through the same app, middleware and layout as the
 * search page, with no search and no database, padded to a given size. Returns a function that
 * sets the padding.
 */
export function addBarePage(app: Express): (paragraphs: string[]) => void {
  let paragraphs: string[] = []
  app.get(BARE_PATH, (_req: Request, res: Response) => {
    res.render(TEMPLATE, { pageTitle: 'A page of the same size', paragraphs })
  })
  // createApp ends with the not-found and error handlers, and routes added later land after them:
  // move this one in front, so it passes through exactly the middleware every page does.
  const stack = app.router.stack
  const layer = stack.pop()!
  const at = stack.findIndex(candidate => candidate.handle === notFound)
  if (at < 0) throw new Error('could not find the app’s not-found handler')
  stack.splice(at, 0, layer)
  return padding => (paragraphs = padding)
}

const text = (length: number) => FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length)

/**
 * Paragraphs that bring a page of `emptyBytes` (no paragraphs) to `targetBytes`, where each
 * paragraph adds its text plus `overhead` bytes of markup. The text is ASCII with nothing to escape.
 */
export function padding(emptyBytes: number, overhead: number, targetBytes: number): string[] {
  const paragraphs: string[] = []
  let remaining = targetBytes - emptyBytes
  while (remaining > overhead) {
    const length = Math.min(PARAGRAPH_CHARS, remaining - overhead)
    paragraphs.push(text(length))
    remaining -= length + overhead
  }
  return paragraphs
}
