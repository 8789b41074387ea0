import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'

const START_TIMEOUT_MS = 10 * 60_000
const STOP_TIMEOUT_MS = 60_000

export type RunningServer = { baseUrl: string; pid: number; stop: () => Promise<number | null> }

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise(resolve => probe.close(resolve))
  return port
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/**
 * Starts `server/index.ts` as `npm start` does (one node process, which starts the embedded store
 * and builds the search index before it listens), on a free loopback port, its output in `logFile`.
 * Resolves once /readyz answers 200.
 */
export async function startServer(env: NodeJS.ProcessEnv, logFile: string): Promise<RunningServer> {
  const port = await freePort()
  const clean = { ...process.env }
  delete clean.MONGODB_URI
  delete clean.NODE_ENV
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')],
    {
      cwd: PROJECT_ROOT,
      env: { ...clean, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const log = createWriteStream(logFile)
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + START_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}; see ${logFile}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the server was not ready within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`)
    }
    const ready = await fetch(`${baseUrl}/readyz`).then(
      response => response.status === 200,
      () => false,
    )
    if (ready) break
    await sleep(500)
  }
  return {
    baseUrl,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
      const code = await exited
      clearTimeout(timer)
      log.end()
      return code
    },
  }
}

/** Resident set size of a process in MB, from /proc (Linux); undefined once it has gone. */
export function processRssMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}

/** The process's direct children (the embedded store is the server's). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

export type RssSample = { atSeconds: number; serverMb: number; storeMb: number | undefined }

/** Samples the server's RSS (and its store's) every `intervalMs` until stopped. */
export function sampleRss(pid: number, intervalMs = 1000) {
  const samples: RssSample[] = []
  const started = performance.now()
  const take = () => {
    const serverMb = processRssMb(pid)
    if (serverMb === undefined) return
    const store = childPids(pid)
      .map(processRssMb)
      .filter((mb): mb is number => mb !== undefined)
    samples.push({
      atSeconds: (performance.now() - started) / 1000,
      serverMb,
      storeMb: store.length ? store.reduce((a, b) => a + b, 0) : undefined,
    })
  }
  take()
  const timer = setInterval(take, intervalMs)
  return {
    stop: (): RssSample[] => {
      clearInterval(timer)
      take()
      return samples
    },
  }
}
