import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { MongoClient } from 'mongodb'
import { keepAliveConnection } from '../helpers/keepAliveConnection'
import { processesMentioning, spawnServer, waitForOutput, type ServerProcess } from '../helpers/serverProcess'

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await sleep(100)
  }
}

/** A browser-like sign-up through the form: GET for the cookie and CSRF token, then POST. */
async function createAccount(base: string, email: string): Promise<Response> {
  const form = await fetch(`${base}/create-account`)
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? ''
  return fetch(`${base}/create-account`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ name: 'Sam Example', email, password: 'a long and unusual passphrase', _csrf: token }),
  })
}

/** Every log line the server wrote is one JSON object: nothing printed around the logger. */
function nonJsonLines(output: string): string[] {
  return output
    .split('\n')
    .filter(Boolean)
    .filter(line => {
      try {
        JSON.parse(line)
        return false
      } catch {
        return true
      }
    })
}

describe('a supervised embedded store (the server as `npm start` runs it)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-supervised-'))
  const storeDir = path.join(dataDir, 'db')
  let server: ServerProcess
  let base: string
  let storeUri: string

  const storePid = () => processesMentioning(storeDir)[0]
  const readiness = async () => {
    const res = await fetch(`${base}/readyz`)
    return { status: res.status, body: (await res.json()) as unknown }
  }
  const usersWith = async (emails: string[]) => {
    const client = await MongoClient.connect(storeUri, { serverSelectionTimeoutMS: 5_000 })
    try {
      const users = await client
        .db('practice_exchange')
        .collection('users')
        .find({ email: { $in: emails } })
        .toArray()
      return users.map(user => user.email as string).sort()
    } finally {
      await client.close()
    }
  }

  beforeAll(async () => {
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawnServer({ PORT: String(port), DATA_DIR: dataDir, DEMO_CONTENT: 'off' })
    await waitForOutput(server, 'Practice Exchange is serving on')
    storeUri = /"uri":"(mongodb:\/\/[^"]+)"/.exec(server.output())?.[1] ?? ''
  })

  afterAll(async () => {
    server.child.kill('SIGTERM')
    await server.exited
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('readiness is words only: no counts, lag or messages for the public', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', checks: { store: 'ok', search: 'ok' } } })
  })

  it('restarts a store killed outright on the same port; the app is ready again and keeps every acknowledged save', async () => {
    expect((await createAccount(base, 'before.kill@example.org')).status).toBe(302)
    const killed = storePid()
    expect(killed).toBeDefined()
    process.kill(killed!, 'SIGKILL')

    await waitForOutput(server, 'embedded store restarted', 30_000)
    const restarted = storePid()
    expect(restarted).toBeDefined()
    expect(restarted).not.toBe(killed)
    // Ready within 5 s of the store being back: the connection string is unchanged, so the app reconnects.
    await eventually('ready after the restart', 5_000, async () =>
      (await readiness()).status === 200 ? true : undefined,
    )

    expect((await createAccount(base, 'after.restart@example.org')).status).toBe(302)
    expect(await usersWith(['before.kill@example.org', 'after.restart@example.org'])).toEqual([
      'after.restart@example.org',
      'before.kill@example.org',
    ])
    expect(server.output()).toMatch(/"level":50[^\n]*the embedded store stopped unexpectedly/)
  })

  it('while the store cannot come back: 503 pages, even for the next request on a keep-alive connection after a redirect, and only JSON in the log', async () => {
    const port = Number(new URL(storeUri).port)
    const killed = storePid()!
    process.kill(killed, 'SIGKILL')
    // Take the store's port as soon as it is free, so the restarts fail until we let go of it.
    // Connections to it are dropped at once, as a dead port would refuse them.
    const squatter = net.createServer(socket => socket.destroy())
    await eventually(
      'the store port to be free',
      5_000,
      () =>
        new Promise<true | undefined>(resolve => {
          squatter.once('error', () => resolve(undefined))
          squatter.listen(port, '127.0.0.1', () => resolve(true))
        }),
    )
    try {
      const notReady = await eventually('readiness to turn 503', 10_000, async () => {
        const ready = await readiness()
        return ready.status === 503 ? ready : undefined
      })
      const { status, checks } = notReady.body as { status: string; checks: { store: string; search: string } }
      expect(status).toBe('unavailable')
      expect(['restarting', 'failing', 'unreachable']).toContain(checks.store)
      expect(['ok', 'rebuilding', 'unavailable']).toContain(checks.search)

      const connection = keepAliveConnection(Number(new URL(base).port))
      try {
        // Signing in is needed for /account: the app redirects and remembers where to come back to,
        // in a session it cannot save.
        const redirected = await connection.get('/account')
        expect(redirected).toMatchObject({ status: 302 })
        const next = await connection.get('/about-the-data')
        expect(next).not.toBe('closed')
        expect(next).toMatchObject({ status: 503 })
        expect(next !== 'closed' && next.body).toContain('Sorry, the service is unavailable')
      } finally {
        connection.close()
      }
      await waitForOutput(server, 'could not be restarted yet', 30_000)
    } finally {
      await new Promise(resolve => squatter.close(resolve))
    }

    await eventually('ready once the port is free again', 60_000, async () =>
      (await readiness()).status === 200 ? true : undefined,
    )
    expect(nonJsonLines(server.output())).toEqual([])
  })
})
