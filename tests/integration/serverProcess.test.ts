import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { processesMentioning, spawnServer, waitForOutput } from '../helpers/serverProcess'

async function freePort(): Promise<number> {
  return new Promise(resolve => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return check()
}

describe('the server process (as `npm start` runs it)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'practice-exchange-boot-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('starts the embedded store, loads reference data, serves, and stops cleanly on SIGTERM', async () => {
    const port = await freePort()
    const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir })
    await waitForOutput(server, 'Practice Exchange is serving on')

    const home = await fetch(`http://127.0.0.1:${port}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toMatch(/<span class="app-stat">398<\/span>/)
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200)
    expect(processesMentioning(dataDir).length).toBeGreaterThan(0)
    // The mark `npm run restore` looks for before it writes into a data folder.
    expect(readFileSync(path.join(dataDir, 'store.pid'), 'utf8').trim()).toBe(String(server.child.pid))

    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('"msg":"stopped"')
    expect(server.output()).not.toContain('did not finish in time')
    expect(processesMentioning(dataDir)).toEqual([])
    expect(existsSync(path.join(dataDir, 'store.pid'))).toBe(false)
  })

  it('keeps the data across restarts and leaves no store behind when killed outright', async () => {
    const port = await freePort()
    const server = spawnServer({ PORT: String(port), DATA_DIR: dataDir })
    await waitForOutput(server, 'Practice Exchange is serving on')
    expect(server.output()).toContain('reference data already current')

    server.child.kill('SIGKILL')
    await server.exited
    // The store's stdin pipe closes with its parent, and it exits by itself.
    expect(await waitUntil(() => processesMentioning(dataDir).length === 0, 5_000)).toBe(true)
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 1 to 65535'],
    [{ MONGODB_URI: 'localhost:27017' }, 'MONGODB_URI must be a MongoDB connection string'],
  ])('refuses to start with %j, naming the variable', async (env, message) => {
    const server = spawnServer({ ...env, DATA_DIR: dataDir })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('Invalid configuration')
    expect(server.output()).toContain(message)
  })
})
