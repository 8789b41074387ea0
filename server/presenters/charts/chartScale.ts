// The value axis shared by the charts: a "nice" top (1, 2 or 5 times a power of ten, in steps a
// reader can count) and labels written as the tables write numbers.

const numberFormat = new Intl.NumberFormat('en-GB')

/** 1234567 -> "1,234,567", as GOV.UK tables write counts. */
export const formatCount = (value: number): string => numberFormat.format(value)

/** Shorter axis labels for large values: 1,500 -> "1.5k", 2,000,000 -> "2m". */
export function formatAxisValue(value: number): string {
  const abs = Math.abs(value)
  if (abs >= 1_000_000) return `${trim(value / 1_000_000)}m`
  if (abs >= 10_000) return `${trim(value / 1_000)}k`
  return formatCount(value)
}
const trim = (value: number) => String(Number(value.toFixed(1)))

/** The smallest of 1, 2, 5 × 10^n at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough))
  const fraction = rough / power
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power
}

export type Scale = { max: number; ticks: number[] }

/**
 * Ticks from 0 to a nice top at or above the largest value, about `count` steps; counts are whole,
 * so a step is never below 1. An empty or all-zero series still gets an axis of 0 to 1.
 */
export function countScale(values: number[], count = 4): Scale {
  const largest = Math.max(0, ...values.filter(Number.isFinite))
  if (largest === 0) return { max: 1, ticks: [0, 1] }
  const step = Math.max(1, niceStep(largest / count))
  const max = Math.ceil(largest / step) * step
  const ticks: number[] = []
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick)
  return { max, ticks }
}

/** One decimal place is plenty for an SVG coordinate. */
export const round = (value: number): number => Math.round(value * 10) / 10
