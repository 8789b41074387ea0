// The one way dates and times are written on every page, in GOV.UK style: "2 December 2026",
// "2 December 2026 at 10:41am", "5pm", "midday", "midnight". Always UK time: the server's own
// time zone (UTC in a container) would put anything between midnight and 1am in summer on the
// day before.

const TIME_ZONE = 'Europe/London'

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
})

/** A Date, an ISO string or milliseconds (as the search index keeps them). */
type DateLike = Date | string | number | null | undefined

const valid = (date: DateLike): Date | undefined => {
  if (date === null || date === undefined || date === '') return undefined
  const value = date instanceof Date ? date : new Date(date)
  return Number.isNaN(value.getTime()) ? undefined : value
}

/** "2 December 2026"; '' for no date. */
export function formatDate(date: DateLike): string {
  const value = valid(date)
  return value ? dayFormat.format(value) : ''
}

/** "10:41am", "5pm", "midday", "midnight" (GOV.UK style: no "12pm", no leading zero). */
export function formatTime(date: DateLike): string {
  const value = valid(date)
  if (!value) return ''
  const parts = clockFormat.formatToParts(value)
  const hour = Number(parts.find(part => part.type === 'hour')?.value)
  const minute = parts.find(part => part.type === 'minute')?.value ?? '00'
  if (minute === '00' && hour === 0) return 'midnight'
  if (minute === '00' && hour === 12) return 'midday'
  const hour12 = hour % 12 === 0 ? 12 : hour % 12
  return `${hour12}${minute === '00' ? '' : `:${minute}`}${hour < 12 ? 'am' : 'pm'}`
}

/** "2 December 2026 at 10:41am"; '' for no date. */
export function formatDateTime(date: DateLike): string {
  const value = valid(date)
  return value ? `${formatDate(value)} at ${formatTime(value)}` : ''
}
