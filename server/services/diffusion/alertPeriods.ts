import type { AlertFrequency } from '../../../models/followLists'
import { DAY_MS } from './days'

/**
 * The day (2026-06-01) or ISO week (2026-W23) an alert is for, in UTC: one alert per subscription
 * per period, whichever process or run sends it, names its claim.
 */
export function periodOf(frequency: Exclude<AlertFrequency, 'off'>, at: Date): string {
  if (frequency === 'daily') return at.toISOString().slice(0, 10)
  // ISO 8601: a week belongs to the year of its Thursday.
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  const thursday = new Date(day.getTime() + (4 - weekday) * DAY_MS)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
