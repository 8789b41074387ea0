// The vocabulary of following: how often alerts go out, with the labels every layer reads.

export const ALERT_FREQUENCIES = {
  daily: { label: 'Daily', hint: 'One email a day, when something new or updated matches' },
  weekly: { label: 'Weekly', hint: 'One email a week, when something new or updated matches' },
  off: { label: 'No emails', hint: 'Keep it saved without emails' },
} as const
export type AlertFrequency = keyof typeof ALERT_FREQUENCIES
export const ALERT_FREQUENCY_VALUES = Object.keys(ALERT_FREQUENCIES) as AlertFrequency[]

/** What one officer may keep: a person's list, not a mirror of the catalogue. */
export const MAX_SAVED_CASE_STUDIES = 200
export const MAX_SAVED_SEARCHES = 50
/** A saved search is a search page's query string; the page's own fields keep it far shorter. */
export const MAX_SAVED_QUERY_LENGTH = 2_000
