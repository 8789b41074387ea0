import { addDays, daysBetween, ukDay } from './days'

/** The weeks a dashboard shows: `count` weeks of seven UK days, the last ending today. */
export type Weeks = {
  /** The first day of each week, oldest first. */
  starts: string[]
  /** The first day of the first week. */
  sinceDay: string
  /** The start of that day, for sources that take a Date (UTC midnight: at most an hour early, and those rows are dropped). */
  since: Date
}

export function lastWeeks(now: Date, count: number): Weeks {
  const today = ukDay(now)
  const sinceDay = addDays(today, -(count * 7 - 1))
  return {
    starts: Array.from({ length: count }, (_, week) => addDays(sinceDay, week * 7)),
    sinceDay,
    since: new Date(`${sinceDay}T00:00:00Z`),
  }
}

/** Which week a day falls in, or -1 outside them. */
export function weekOf(weeks: Weeks, day: string): number {
  const week = Math.floor(daysBetween(weeks.sinceDay, day) / 7)
  return week < 0 || week >= weeks.starts.length ? -1 : week
}

/** Counts by day added up into the weeks; days outside them are left out. */
export function byWeek(weeks: Weeks, entries: { day: string; count: number }[]): number[] {
  const totals = weeks.starts.map(() => 0)
  for (const { day, count } of entries) {
    const week = weekOf(weeks, day)
    if (week >= 0) totals[week] = (totals[week] ?? 0) + count
  }
  return totals
}

export const inWeeks = (weeks: Weeks, day: string): boolean => weekOf(weeks, day) >= 0
