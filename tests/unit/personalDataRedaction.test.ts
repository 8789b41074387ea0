import { loggableUrl } from '../../server/logger'
import { MAX_STORED_SEARCH_LENGTH, scrubSearchText } from '../../server/services/search/scrubSearchText'

describe('scrubSearchText', () => {
  it.each([
    ['jo.bloggs@example.org housing', '[email] housing'],
    ['call 0113 496 0000 or +44 (0)7700 900123', 'call [phone] or [phone]'],
    ['12 Acacia Avenue', '[address]'],
    ['flat 3 LS1 4AB and sw1a1aa', '[postcode] and [postcode]'],
    ['NI AB123456C case 98765432', 'NI AB[number]C case [number]'],
  ])('masks %j', (text, scrubbed) => expect(scrubSearchText(text)).toBe(scrubbed))

  it.each(['social prescribing in Leeds', 'LS1 regeneration 2019 to 2023', 'A road safety scheme', 'SEND transport'])(
    'keeps a topic search as it is: %j',
    text => expect(scrubSearchText(text)).toBe(text),
  )

  it('keeps at most 200 characters', () => {
    expect(scrubSearchText('housing '.repeat(100))).toHaveLength(MAX_STORED_SEARCH_LENGTH)
  })
})

describe('loggableUrl', () => {
  it.each([
    ['/reset-password/abcDEF123_-xyz', '/reset-password/[redacted]'],
    ['/verify-email/abcDEF123_-xyz?x=1', '/verify-email/[redacted]?x=[redacted]'],
    ['/case-studies?q=a%40b.org&q=again&page=2', '/case-studies?q=[redacted]&page=[redacted]'],
    ['/case-studies/some-slug', '/case-studies/some-slug'],
    [
      'https://elsewhere.example/reset-password/abc?t=secret',
      'https://elsewhere.example/reset-password/[redacted]?t=[redacted]',
    ],
  ])('%s is logged as %s', (url, logged) => expect(loggableUrl(url)).toBe(logged))
})
