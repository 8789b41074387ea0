import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'
import { childEnvironment } from './meiliTestIndex'

export interface ServerProcess {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/**
 * Runs `server/index.ts` as `npm start` would, with the given environment on top of ours, less
 * MONGODB_URI and any MEILI_* (pass useTestMeiliIndex() to run it against Meilisearch).
 */
export function spawnServer(env: NodeJS.ProcessEnv): ServerProcess {
  // `node --import tsx` runs in one process (the tsx command forks a second one), so a signal
  // sent to the child reaches the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'index.ts')], {
    cwd: PROJECT_ROOT,
    env: childEnvironment({ NODE_ENV: 'development', LOG_LEVEL: 'info', ...env }, ['MONGODB_URI']),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  return { child, output: () => output, exited }
}

export async function waitForOutput(server: ServerProcess, text: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!server.output().includes(text)) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`)
    if (Date.now() > deadline) throw new Error(`timed out waiting for "${text}":\n${server.output()}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

/** Process ids whose command line mentions `text` (used to find a store child by its data folder). */
export function processesMentioning(text: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  return out
    .split('\n')
    .filter(line => line.includes(text) && !line.includes('ps -eo'))
    .map(line => Number(line.trim().split(/\s+/)[0]))
}
