import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import { ensureStoreBinary } from './storeBinary'

export interface EmbeddedStore {
  readonly uri: string
  readonly pid: number
  /** Resolves when the store process exits for any reason; `expected` is false if we did not stop it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; expected: boolean }>
  stop(): Promise<void>
}

interface StartOptions {
  dataDir: string
  /** A port to reuse (a restart keeps the connection string valid); a free one is picked if absent. */
  port?: number
  log?: (message: string) => void
  startTimeoutMs?: number
}

/** Thrown when the port to reuse is taken, so a supervisor can wait and try again. */
export class StorePortBusyError extends Error {
  override name = 'StorePortBusyError'
}

export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const server = net.createServer()
    server.unref()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

function canConnect(port: number): Promise<boolean> {
  return new Promise(resolve => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Starts FerretDB (SQLite backend) on a loopback port (the given one, or a free one) with its files in dataDir.
 * The child keeps our stdin pipe; when this process dies, the pipe closes and the child exits.
 */
export async function startEmbeddedStore({
  dataDir,
  port: wantedPort,
  log = () => {},
  startTimeoutMs = 30_000,
}: StartOptions): Promise<EmbeddedStore> {
  const binary = ensureStoreBinary(log)
  mkdirSync(dataDir, { recursive: true })
  // Checked first because something else answering on the port would pass for our store below.
  if (wantedPort !== undefined && !(await portIsFree(wantedPort)))
    throw new StorePortBusyError(`port ${wantedPort} is in use, so the embedded store cannot start on it`)
  const port = wantedPort ?? (await freeLoopbackPort())
  const child: ChildProcess = spawn(binary, ['-listen', `127.0.0.1:${port}`, '-data', dataDir], {
    stdio: ['pipe', 'ignore', 'pipe'],
  })

  let stopping = false
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000)
    for (const line of chunk.split('\n').filter(Boolean)) log(`ferretdb: ${line}`)
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; expected: boolean }>(resolve => {
    child.once('exit', (code, signal) => resolve({ code, signal, expected: stopping }))
  })
  let hasExited = false
  void exited.then(() => (hasExited = true))

  const deadline = Date.now() + startTimeoutMs
  while (!(await canConnect(port))) {
    if (hasExited) throw new Error(`The embedded store exited during start-up:\n${stderr}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The embedded store did not accept connections within ${startTimeoutMs} ms:\n${stderr}`)
    }
    await sleep(50)
  }

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    pid: child.pid ?? -1,
    exited,
    async stop() {
      if (hasExited) return
      stopping = true
      child.kill('SIGTERM')
      // Well inside the app's 10 s shutdown grace; SQLite's WAL makes a kill safe for committed writes.
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(killTimer)
    },
  }
}
