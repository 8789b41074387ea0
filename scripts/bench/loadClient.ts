import { Agent, request } from 'node:http'

export type Reply = { status: number; location: string | undefined; body: string; ms: number }

/** What a request failed with before any status came back (a refused or reset connection). */
export class SocketError extends Error {
  constructor(
    cause: Error,
    readonly ms: number,
  ) {
    super(cause.message, { cause })
    this.name = 'SocketError'
  }
}

const TIMEOUT_MS = 60_000

/**
 * One visitor's browser, as far as the server can tell: its own keep-alive connection, its own
 * cookies, and its own loopback source address (all of 127.0.0.0/8 reaches the machine on Linux),
 * so per-address limits see many visitors rather than one.
 */
export function loadClient(baseUrl: string, localAddress = '127.0.0.1') {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress })
  const cookies = new Map<string, string>()
  const { hostname, port } = new URL(baseUrl)

  function send(method: 'GET' | 'POST', path: string, form?: Record<string, string | string[]>): Promise<Reply> {
    const body = form ? formBody(form) : undefined
    const headers: Record<string, string> = { accept: 'text/html' }
    if (cookies.size) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      headers['content-length'] = String(Buffer.byteLength(body))
    }
    const started = process.hrtime.bigint()
    const ms = () => Number(process.hrtime.bigint() - started) / 1e6
    return new Promise((resolve, reject) => {
      const req = request({ agent, hostname, port, method, path, headers, timeout: TIMEOUT_MS }, res => {
        for (const line of res.headers['set-cookie'] ?? []) {
          const [pair = ''] = line.split(';')
          const at = pair.indexOf('=')
          if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
        }
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: text, ms: ms() }),
        )
        res.on('error', error => reject(new SocketError(error, ms())))
      })
      req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)))
      req.on('error', error => reject(new SocketError(error, ms())))
      req.end(body)
    })
  }

  return {
    get: (path: string) => send('GET', path),
    post: (path: string, form: Record<string, string | string[]>) => send('POST', path, form),
    close: () => agent.destroy(),
  }
}

export type LoadClient = ReturnType<typeof loadClient>

function formBody(form: Record<string, string | string[]>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(form)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item)
  }
  return params.toString()
}

/** The form's CSRF token, as a browser would send it back. */
export function csrfToken(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
}
