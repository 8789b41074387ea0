/** The longest return path kept: a case study's address is far shorter. */
const MAX_LENGTH = 1000

/**
 * A path on this site to come back to after signing in, or undefined. Only '/' followed by
 * printable ASCII other than '\': so no scheme, no '//host' or '/\host' (browsers read both as
 * another site), and no control character or space (browsers drop tabs and line breaks from
 * addresses, which turns '/<tab>/host' into '//host').
 */
export function safeReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return undefined
  if (!/^\/[\x21-\x7e]*$/.test(value) || value.includes('\\')) return undefined
  return value.startsWith('//') ? undefined : value
}
