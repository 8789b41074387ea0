import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; kernel: string; load: string }

/** What `nproc`, `free -g`, `node -v` and /proc/cpuinfo say about this machine, and how busy it is. */
export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown'
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu
  } catch {
    // not Linux: os.cpus() is as good
  }
  let cores = os.availableParallelism()
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim())
  } catch {
    // no coreutils: availableParallelism() counts the same CPUs
  }
  return {
    cpu,
    cores,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
    load: os
      .loadavg()
      .map(value => value.toFixed(2))
      .join(', '),
  }
}

/** The commit measured, and whether the search code had uncommitted changes (others edit it meanwhile). */
export function revision(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'server/search'], { encoding: 'utf8' }).trim()
    return changed ? `${commit} with uncommitted changes under server/search` : commit
  } catch {
    return 'unknown (not a git checkout)'
  }
}
