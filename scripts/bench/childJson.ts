import { spawn } from 'node:child_process'

/** Runs a TypeScript script in a fresh node (garbage collection exposed) and parses the JSON it prints. */
export function childJson<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    child.on('error', reject)
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`))
      resolve(JSON.parse(output) as T)
    })
  })
}
