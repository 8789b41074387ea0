import { safeReturnPath } from '../../server/forms/returnPath'

describe('the return path after sign-in', () => {
  it.each([
    '/case-studies/falls-prevention-leeds',
    '/case-studies/a?b=c&d=%2F#ask-the-team',
    '/',
    '/%2F%2Fevil.example',
  ])('keeps a path on this site: %s', path => expect(safeReturnPath(path)).toBe(path))

  it.each([
    ['another site', '//evil.example'],
    ['another site with a backslash', '/\\evil.example'],
    ['a backslash later', '/a\\b'],
    ['a scheme', 'https://evil.example/'],
    ['javascript', 'javascript:alert(1)'],
    ['a relative path', 'case-studies/x'],
    ['a tab browsers drop', '/\t/evil.example'],
    ['a line break', '/a\r\nSet-Cookie: x=1'],
    ['a NUL', '/a\u0000'],
    ['a space first', ' /a'],
    ['non-ASCII', '/caf\u00e9'],
    ['too long', `/${'a'.repeat(1000)}`],
    ['empty', ''],
  ])('refuses %s', (_name, path) => expect(safeReturnPath(path)).toBeUndefined())

  it.each([undefined, null, 42, ['/a'], { path: '/a' }])('refuses a value that is not one string: %p', value =>
    expect(safeReturnPath(value)).toBeUndefined(),
  )
})
