import type { Request, Response } from 'express'

// Words that crawlers, link-preview fetchers, uptime monitors and scripted clients put in their
// User-Agent. A person's browser sends none of them; a missing User-Agent is a script too.
const AUTOMATED =
  /bot|crawl|spider|slurp|scrap|fetch|preview|monitor|uptime|pingdom|statuscake|lighthouse|headless|phantom|python|curl|wget|httpie|go-http|java\/|okhttp|node-fetch|axios|undici|libwww|facebookexternalhit|embedly|whatsapp|skypeuripreview|bitlybot|validator|checker/i

/**
 * Whether a request is a person reading a page, as far as its headers tell: a GET (HEAD asks
 * only for headers, and Express routes it to GET handlers), from a browser-like User-Agent, and
 * not a prefetch or prerender the browser made on speculation. Reads only these headers: no
 * cookie, address or user, and nothing is kept of them.
 */
export function isPersonReading(req: Request): boolean {
  if (req.method !== 'GET') return false
  const agent = req.get('user-agent')
  if (!agent || AUTOMATED.test(agent)) return false
  const purpose = `${req.get('purpose') ?? ''} ${req.get('sec-purpose') ?? ''} ${req.get('x-purpose') ?? ''}`
  return !/prefetch|prerender|preview/i.test(purpose)
}

/**
 * Calls `count` once the page has been sent with 200 to a person: an error page, a redirect or a
 * response cut short counts nothing. After the response, so counting never delays or fails it.
 */
export function countWhenServed(req: Request, res: Response, count: () => void): void {
  if (!isPersonReading(req)) return
  res.once('finish', () => {
    if (res.statusCode === 200) count()
  })
}
