import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import pino, { type DestinationStream, type Logger } from 'pino'
import pinoHttp, { type HttpLogger } from 'pino-http'
import { withoutToken } from './tokenPaths'

// Session cookies and credentials must never reach the logs, wherever they appear.
const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
]

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, destination)
}

const REQUEST_ID = /^[\w.-]{1,64}$/

/** A request id from a trusted proxy's X-Request-Id if it looks like one, otherwise a new one. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id']
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
  res.setHeader('X-Request-Id', id)
  return id
}

/**
 * A URL as logs may hold it: emailed-link tokens replaced, and the query string reduced to its
 * parameter names. Query values are what people typed (a search for someone's email address) or
 * secrets, and a log is kept longer and read by more people than either should be.
 */
export function loggableUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url, 'http://relative.invalid')
  } catch {
    return '[unparseable]'
  }
  const names = [...new Set(parsed.searchParams.keys())].map(name => `${encodeURIComponent(name)}=[redacted]`)
  const path = withoutToken(parsed.pathname) + (names.length ? `?${names.join('&')}` : '')
  // A Referer is absolute: keep its origin, which says which site sent the visitor.
  return parsed.origin === 'http://relative.invalid' ? path : `${parsed.origin}${path}`
}

type SerializedRequest = {
  id?: unknown
  method?: string
  url?: string
  headers?: Record<string, unknown>
  remoteAddress?: string
  remotePort?: number
}

/**
 * The one request serializer (pino-http applies it to every line logged about a request). It
 * builds a new object rather than editing the standard one, so `query` and `params` (a token,
 * a search) are left out rather than forgotten.
 */
function serializeRequest(req: SerializedRequest) {
  const headers = { ...req.headers }
  if (typeof headers.referer === 'string') headers.referer = loggableUrl(headers.referer)
  return {
    id: req.id,
    method: req.method,
    url: loggableUrl(req.url ?? ''),
    headers,
    remoteAddress: req.remoteAddress,
    remotePort: req.remotePort,
  }
}

/** Redirects can carry what a request did (a return address with its query): same treatment. */
function serializeResponse(res: { statusCode?: number; headers?: Record<string, unknown> }) {
  const headers = { ...res.headers }
  if (typeof headers.location === 'string') headers.location = loggableUrl(headers.location)
  return { statusCode: res.statusCode, headers }
}

export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestId,
    serializers: { req: serializeRequest, res: serializeResponse },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    // Health probes arrive every few seconds and would drown everything else.
    autoLogging: { ignore: req => req.url === '/healthz' || req.url === '/readyz' },
  })
}
