import { spawn } from 'node:child_process'
import path from 'node:path'
import { PROJECT_ROOT } from '../../server/projectRoot'

const CLI = path.join(PROJECT_ROOT, 'node_modules', 'autocannon', 'autocannon.js')

export type LoadResult = {
  url: string
  seconds: number
  requestsPerSecond: number
  requests: number
  latencyP50: number
  latencyP99: number
  non2xx: number
  errors: number
}

type AutocannonJson = {
  duration: number
  non2xx: number
  errors: number
  timeouts: number
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
}

/**
 * One autocannon run in a child process, so generating the load does not share this process's event
 * loop with the server it measures (it still shares the machine's two cores).
 */
export function autocannon(url: string, { seconds, connections }: { seconds: number; connections: number }) {
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--json', '-c', String(connections), '-d', String(seconds), url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`))
      const result = JSON.parse(output) as AutocannonJson
      resolve({
        url,
        seconds: result.duration,
        requestsPerSecond: result.requests.average,
        requests: result.requests.total,
        latencyP50: result.latency.p50,
        latencyP99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      })
    })
  })
}
