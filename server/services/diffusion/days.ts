// Usage is counted by day in UK time, as pages write dates (presenters/formatDate.ts): a view at
// half past midnight in summer belongs to the day the reader saw on their calendar.

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
})

export const DAY_MS = 24 * 60 * 60 * 1000

/** "YYYY-MM-DD", the UK calendar day of the moment. */
export const ukDay = (at: Date): string => dayFormat.format(at)

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
