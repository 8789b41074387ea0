// A one-page PDF written by hand: a catalogue, a page tree, one A4 page, the two standard
// Helvetica fonts (every PDF reader has them, so nothing is embedded) and one content stream.
// The cross-reference table gives each object's byte offset, which readers use to find them.

export type PdfLine = { text: string; size: number; bold?: boolean; gapBefore?: number }

const PAGE_WIDTH = 595
const PAGE_HEIGHT = 842
const MARGIN = 56
// Helvetica's characters average about half its size in width (its bold a little more); these
// err on the wide side so lines stay inside the margins.
const CHARACTER_WIDTH = { regular: 0.53, bold: 0.6 }

// The fonts use WinAnsiEncoding: Latin-1 plus these from Windows-1252. Anything else becomes "?".
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
}

function winAnsi(text: string): string {
  return [...text]
    .map(char => {
      const code = char.codePointAt(0) ?? 63
      if (WIN_ANSI[char]) return String.fromCharCode(WIN_ANSI[char])
      return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) ? char : '?'
    })
    .join('')
}

const literal = (text: string) => `(${winAnsi(text).replace(/[\\()]/g, match => `\\${match}`)})`

/** Text outside page content (the document's title) is PDFDocEncoding or, as here, UTF-16BE with a byte order mark. */
const utf16Text = (text: string) => `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`

/** Splits text into lines that fit the page at this size, breaking between words. */
export function wrap(text: string, size: number, bold = false): string[] {
  const perLine = Math.floor((PAGE_WIDTH - 2 * MARGIN) / (size * CHARACTER_WIDTH[bold ? 'bold' : 'regular']))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line)
      line = ''
    }
    line = line ? `${line} ${word}` : word.slice(0, perLine)
  }
  if (line) lines.push(line)
  return lines
}

/** The PDF's bytes. Lines that would run off the bottom of the page are left out. */
export function minimalPdf(title: string, lines: PdfLine[]): Buffer {
  let y = PAGE_HEIGHT - MARGIN
  const drawn: string[] = []
  for (const line of lines) {
    y -= (line.gapBefore ?? 0) + line.size * 1.35
    if (y < MARGIN) break
    drawn.push(
      `BT /${line.bold ? 'F2' : 'F1'} ${line.size} Tf ${MARGIN} ${y.toFixed(1)} Td ${literal(line.text)} Tj ET`,
    )
  }
  const stream = drawn.join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    `<< /Title ${utf16Text(title)} /Producer (Practice Exchange) >>`,
  ]
  // The second line's high bytes tell file-transfer tools the file is binary (PDF 1.7, 7.5.2).
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, flag, space and newline.
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map(offset => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
