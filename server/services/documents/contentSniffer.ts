import { DOCUMENT_FILE_TYPES, type DocumentFileKind } from '../../../models/documentFileTypes'

// Does a file's content match the type its name declares? A browser's Content-Type for an upload
// comes from the file name on the uploader's machine, so it proves nothing and is not read; the
// name's ending is the declaration, and the bytes must bear it out. The checks read the file as
// it streams past, keeping only its first few kilobytes and a small overlap between pieces.

const HEAD_BYTES = 4096
const ascii = (text: string) => Buffer.from(text, 'latin1')
const utf16 = (text: string) => Buffer.from(text, 'utf16le')
const PDF = ascii('%PDF-')
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

/** ODF's first ZIP entry is an uncompressed file named "mimetype" holding the document's type. */
function isOdf(head: Buffer, mimeType: string): boolean {
  if (!head.subarray(0, 4).equals(ZIP) || head.length < 30) return false
  const stored = head.readUInt16LE(8) === 0
  const nameLength = head.readUInt16LE(26)
  const extraLength = head.readUInt16LE(28)
  const name = head.subarray(30, 30 + nameLength).toString('latin1')
  const start = 30 + nameLength + extraLength
  return stored && name === 'mimetype' && head.subarray(start, start + mimeType.length).toString('latin1') === mimeType
}

type Rule = {
  /** Bytes the file must start with (or a test of its first kilobytes). */
  head: Buffer | ((head: Buffer) => boolean)
  /** Marker entries that must each appear somewhere: one of the alternatives in each group. */
  markers?: Buffer[][]
  /** Plain text: valid UTF-8 without NUL bytes. */
  text?: boolean
}

const odf = (kind: 'odt' | 'ods' | 'odp'): Rule => ({
  head: head => isOdf(head, DOCUMENT_FILE_TYPES[kind].contentType),
})

// OOXML files are ZIPs listing "[Content_Types].xml" and their main part; old Office files are
// OLE2 compound files whose directory names the main stream in UTF-16.
const RULES: Record<DocumentFileKind, Rule> = {
  pdf: { head: PDF },
  docx: { head: ZIP, markers: [[ascii('[Content_Types].xml')], [ascii('word/document')]] },
  xlsx: { head: ZIP, markers: [[ascii('[Content_Types].xml')], [ascii('xl/workbook')]] },
  odt: odf('odt'),
  ods: odf('ods'),
  odp: odf('odp'),
  doc: { head: OLE2, markers: [[utf16('WordDocument')]] },
  xls: { head: OLE2, markers: [[utf16('Workbook'), utf16('Book')]] },
  csv: { head: () => true, text: true },
}

export type ContentSniffer = {
  /** Looks at the next piece; false once the content is known not to match. */
  push(piece: Buffer): boolean
  /** After the last piece: does the whole file match its declared type? */
  matches(): boolean
}

export function contentSniffer(kind: DocumentFileKind): ContentSniffer {
  const rule = RULES[kind]
  const markers = (rule.markers ?? []).map(alternatives => ({ alternatives, found: false }))
  const overlap = Math.max(0, ...markers.flatMap(group => group.alternatives.map(marker => marker.length - 1)))
  const decoder = rule.text ? new TextDecoder('utf-8', { fatal: true }) : undefined
  let head = Buffer.alloc(0)
  let carry = Buffer.alloc(0)
  let failed = false

  const headMatches = () =>
    typeof rule.head === 'function' ? rule.head(head) : head.subarray(0, rule.head.length).equals(rule.head)

  function push(piece: Buffer): boolean {
    if (failed) return false
    if (head.length < HEAD_BYTES) {
      head = Buffer.concat([head, piece.subarray(0, HEAD_BYTES - head.length)])
      const decided = head.length >= HEAD_BYTES || (typeof rule.head !== 'function' && head.length >= rule.head.length)
      if (decided && !headMatches()) failed = true
    }
    if (markers.some(group => !group.found)) {
      const window = Buffer.concat([carry, piece])
      for (const group of markers) group.found ||= group.alternatives.some(marker => window.includes(marker))
      carry = window.subarray(Math.max(0, window.length - overlap))
    }
    if (decoder) {
      try {
        if (piece.includes(0)) failed = true
        else decoder.decode(piece, { stream: true })
      } catch {
        failed = true
      }
    }
    return !failed
  }

  function matches(): boolean {
    if (failed || head.length === 0 || !headMatches() || markers.some(group => !group.found)) return false
    if (!decoder) return true
    try {
      decoder.decode()
      return true
    } catch {
      return false
    }
  }

  return { push, matches }
}
