import type { ImportProgress } from '../../server/services/exchange/importService'

const PHASES = { checking: 'Checking', importing: 'Importing' }
const WIDTH = 24
// Without a terminal (a log file, CI), a line this often rather than a bar redrawn in place.
const PLAIN_EVERY_MS = 5_000

const clock = (seconds: number) =>
  Number.isFinite(seconds) ? `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}` : '–'

/**
 * A progress bar on stderr (so stdout keeps only the report): percentage of the file read, rows
 * read, rows per second and time left, redrawn in place on a terminal and written as plain
 * lines every few seconds otherwise.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let phase: ImportProgress['phase'] | undefined
  let started = 0
  let lastDrawn = 0
  let finished = false

  function line({ bytes, size, rows }: ImportProgress, now: number): string {
    const share = size > 0 ? Math.min(1, bytes / size) : 1
    const seconds = (now - started) / 1000
    const rate = seconds > 0 ? rows / seconds : 0
    const left = share > 0 ? (seconds / share) * (1 - share) : Infinity
    const filled = Math.round(share * WIDTH)
    const bar = stream.isTTY ? `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ` : ''
    return `${PHASES[phase!]}: ${bar}${Math.floor(share * 100)}%, ${rows.toLocaleString('en-GB')} rows, ${Math.round(rate).toLocaleString('en-GB')} rows/s, ${clock(left)} left`
  }

  return {
    update(progress: ImportProgress): void {
      const now = performance.now()
      if (progress.phase !== phase) {
        if (phase && stream.isTTY) stream.write('\n')
        phase = progress.phase
        started = lastDrawn = now
        finished = false
      }
      const complete = progress.bytes >= progress.size
      const due = now - lastDrawn >= (stream.isTTY ? 100 : PLAIN_EVERY_MS)
      if ((complete && finished) || (!due && !complete)) return
      finished = complete
      lastDrawn = now
      stream.write(stream.isTTY ? `\r${line(progress, now)}\u001b[K` : `${line(progress, now)}\n`)
    },
    done(): void {
      if (phase && stream.isTTY) stream.write('\n')
      phase = undefined
    },
  }
}
