// The targets, by corpus size. Sizes not listed are measured but not judged.
export type Targets = {
  p99Ms: number
  buildSeconds?: number
  /** Peak RSS while building the index. */
  rssMb?: number
  /** RSS of a web process with the index open, after some searches. */
  openRssMb?: number
  minRatio?: number
}

export const TARGETS: Record<number, Targets> = {
  10_000: { p99Ms: 5, minRatio: 0.4 },
  100_000: { p99Ms: 25, buildSeconds: 60, rssMb: 600, openRssMb: 400, minRatio: 0.4 },
}

export type Verdict = { pass: boolean; text: string }

const format = (value: number, digits: number) => value.toFixed(digits)

/** PASS or MISS for "at most `limit`", with the margin either way. */
export function atMost(value: number, limit: number, unit: string, digits = 1): Verdict {
  const gap = Math.abs(limit - value)
  const percent = format((gap / limit) * 100, 0)
  return value <= limit
    ? { pass: true, text: `PASS (${format(gap, digits)} ${unit} under)` }
    : { pass: false, text: `MISS by ${format(gap, digits)} ${unit} (${percent}% over)` }
}

/** PASS or MISS for "at least `limit`" of a ratio, in percentage points. */
export function ratioAtLeast(ratio: number, limit: number): Verdict {
  const points = format(Math.abs(ratio - limit) * 100, 1)
  return ratio >= limit
    ? { pass: true, text: `PASS (${points} points above)` }
    : { pass: false, text: `MISS by ${points} points` }
}
