import { readFileSync, writeFileSync } from 'node:fs'

// Linux keeps the process's peak resident set size (VmHWM) itself, so a synchronous index build,
// which no timer in this thread could sample, is still measured exactly. Writing 5 to clear_refs
// resets the peak to the current RSS (Linux 4.0+), so each phase gets its own peak.

const MB = 1024 * 1024

/** Resets the peak; false where the kernel does not allow it (the peak is then the process's lifetime peak). */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

/** Peak RSS in MB since the last reset, or undefined off Linux. */
export function peakRssMb(): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    return match ? Number(match[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}

export const rssMb = (): number => process.memoryUsage.rss() / MB

/** A full garbage collection when node runs with --expose-gc, so RSS readings hold no garbage. */
export function collectGarbage(): boolean {
  if (!global.gc) return false
  global.gc()
  return true
}
