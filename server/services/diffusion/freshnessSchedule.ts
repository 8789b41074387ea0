// When publishers are asked to confirm their outcomes still hold, and when a case study counts as
// not reviewed. Pure date arithmetic, so the rules are read (and tested) in one place.

/** Months after first publication at which the lead council's publishers are reminded. */
export const REMINDER_MONTHS = [6, 12, 24] as const

/** A case study neither republished nor confirmed for this long is listed for curators. */
export const STALE_AFTER_MONTHS = 24

/** The same day `months` later (or earlier), in UTC; 31 August + 6 months is the last day of February. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

/**
 * The latest reminder due at `now`, if any: a case study published 30 months ago that was never
 * reminded is asked once (at 24), not three times in a row.
 */
export function dueReminder(firstPublishedAt: Date, now: Date): number | undefined {
  return [...REMINDER_MONTHS].reverse().find(months => addMonths(firstPublishedAt, months) <= now)
}

/** The later of the latest publication and the latest confirmation: either says the content was looked at. */
export function lastReviewedAt(record: {
  reviewedAt?: Date | null
  published?: { publishedAt: Date } | null
}): Date | undefined {
  const dates = [record.reviewedAt, record.published?.publishedAt].filter((date): date is Date => Boolean(date))
  return dates.length ? new Date(Math.max(...dates.map(date => date.getTime()))) : undefined
}
