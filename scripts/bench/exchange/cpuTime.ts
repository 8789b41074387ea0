import { readdirSync, readFileSync } from 'node:fs'

// CPU seconds used so far by this process and by its children that are still running (the
// embedded store), from /proc: on a shared machine the wall-clock rate says how busy the machine
// was as much as how fast the code is; CPU time per case study says the second.

const TICKS_PER_SECOND = 100 // USER_HZ, 100 on every Linux this runs on

function childCpuSeconds(): number {
  let seconds = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces, inside parentheses): state is 3rd, ppid 4th, utime 14th, stime 15th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) !== process.pid) continue
      seconds += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
    } catch {
      // the process ended meanwhile
    }
  }
  return seconds
}

export type CpuTime = { app: number; store: number }

/** CPU seconds of this process (the app's work) and of its children (the embedded store) so far. */
export function cpuTime(): CpuTime {
  const { user, system } = process.cpuUsage()
  return { app: (user + system) / 1e6, store: childCpuSeconds() }
}

export const cpuSince = (start: CpuTime): CpuTime => {
  const now = cpuTime()
  return { app: now.app - start.app, store: now.store - start.store }
}
