import { formatDate, formatDateTime, formatTime } from '../../server/presenters/formatDate'

describe('formatDate', () => {
  it('writes dates the GOV.UK way, in UK time whatever the server’s time zone', () => {
    expect(formatDate(new Date('2026-12-02T10:41:00Z'))).toBe('2 December 2026')
    // 23:30 UTC in summer is 00:30 the next day in London.
    expect(formatDate(new Date('2026-06-01T23:30:00Z'))).toBe('2 June 2026')
    expect(formatDate('2026-03-05T12:00:00.000Z')).toBe('5 March 2026')
    expect(formatDate(Date.UTC(2026, 0, 9, 12))).toBe('9 January 2026')
  })

  it('writes times with am or pm, no leading zero, no ":00", and midday and midnight in words', () => {
    expect(formatTime(new Date('2026-12-02T10:41:00Z'))).toBe('10:41am')
    expect(formatTime(new Date('2026-12-02T17:00:00Z'))).toBe('5pm')
    expect(formatTime(new Date('2026-12-02T13:05:00Z'))).toBe('1:05pm')
    expect(formatTime(new Date('2026-12-02T12:00:00Z'))).toBe('midday')
    expect(formatTime(new Date('2026-12-02T00:00:00Z'))).toBe('midnight')
    expect(formatTime(new Date('2026-12-02T00:20:00Z'))).toBe('12:20am')
    expect(formatTime(new Date('2026-07-02T11:41:00Z'))).toBe('12:41pm')
  })

  it('joins the two with "at", and writes nothing for no date or a bad one', () => {
    expect(formatDateTime(new Date('2026-12-02T10:41:00Z'))).toBe('2 December 2026 at 10:41am')
    for (const nothing of [undefined, null, '', 'not a date']) {
      expect(formatDate(nothing)).toBe('')
      expect(formatDateTime(nothing)).toBe('')
    }
  })
})
