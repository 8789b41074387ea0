import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLogger } from '../../server/logger'
import { createShutdown } from '../../server/shutdown'

const GRACE_MS = 1_000 // requests get 700 ms of it; the process exits by 950 ms whatever happens

/** A real HTTP server (a slow route that never answers by itself), a logger we can read, and a fake exit. */
async function harness(release: () => Promise<void>) {
  const lines: { level: number; msg: string; connections?: number }[] = []
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as never) })
  const server = http.createServer((req, res) => {
    if (req.url === '/hangs') return // never answers
    res.end('ok')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  let exited: (code: number) => void = () => {}
  const exitCode = new Promise<number>(resolve => (exited = resolve))
  const shutDown = createShutdown(server, logger, release, { graceMs: GRACE_MS, exit: code => exited(code) })
  return { server, port, shutDown, exitCode, messages: () => lines.map(line => line.msg), lines }
}

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

describe('graceful shutdown', () => {
  it('does not claim requests were cut off when they had finished and the store is still being released', async () => {
    // Releasing takes past the requests' share of the grace period, as stopping a busy indexer can.
    const h = await harness(() => sleep(GRACE_MS * 0.8))
    // fetch keeps the connection alive afterwards: an idle one, closed at once on shutdown.
    expect(await (await fetch(`http://127.0.0.1:${h.port}/`)).text()).toBe('ok')

    h.shutDown('SIGTERM')
    expect(await h.exitCode).toBe(0)
    expect(h.messages()).toEqual(['shutting down: finishing in-flight requests', 'stopped'])
  })

  it('closes a request that is still running when its time is up, says so, and still releases the store', async () => {
    let released = false
    const h = await harness(() => {
      released = true
      return Promise.resolve()
    })
    const arrived = new Promise(resolve => h.server.once('request', resolve))
    const hanging = fetch(`http://127.0.0.1:${h.port}/hangs`).then(
      () => 'answered',
      () => 'cut off',
    )
    await arrived
    h.shutDown('SIGTERM')
    expect(await hanging).toBe('cut off')
    expect(await h.exitCode).toBe(0)
    expect(released).toBe(true)
    expect(h.lines.find(line => line.msg === 'in-flight requests did not finish in time; closing them')).toMatchObject({
      level: 40,
      connections: 1,
    })
  })

  it('exits within the grace period even if releasing the store never finishes', async () => {
    const h = await harness(() => new Promise<void>(() => {}))
    h.shutDown('SIGTERM')
    expect(await h.exitCode).toBe(1)
    expect(h.messages()).toContain('shutdown did not finish within the grace period; exiting anyway')
    h.server.closeAllConnections()
  })
})
