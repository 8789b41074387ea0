// Characters XML 1.0 does not allow at all, not even as character references: most C0 controls,
// lone surrogates, U+FFFE and U+FFFF. Stored text could hold one (pasted from a word processor),
// and a feed reader rejects the whole document for it, so they are dropped.
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text made safe for XML content and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, '').replace(/[&<>"']/g, character => ENTITIES[character]!)

/** An element holding escaped text: element('title', 'A & B') is <title>A &amp; B</title>. */
export const element = (name: string, text: string, attributes = ''): string =>
  `<${name}${attributes}>${escapeXml(text)}</${name}>`

/** RFC 3339 / W3C date-time, as Atom and sitemaps want it. */
export const isoDate = (value: Date | number): string => new Date(value).toISOString()
