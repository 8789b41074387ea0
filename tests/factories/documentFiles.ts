import { crc32 } from 'node:zlib'
import { minimalPdf } from '../../server/demo/minimalPdf'

// Small but real-shaped files of each hosted type, and ones that only pretend to be.

/** A ZIP of stored (uncompressed) entries, with local headers and a central directory, as Office and LibreOffice write. */
export function zip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of entries) {
    const data = Buffer.from(content)
    const nameBytes = Buffer.from(name)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt32LE(crc32(data), 14)
    header.writeUInt32LE(data.length, 18)
    header.writeUInt32LE(data.length, 22)
    header.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(header, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += header.length + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const CONTENT_TYPES: [string, string] = ['[Content_Types].xml', '<?xml version="1.0"?><Types/>']
const odf = (type: string) =>
  zip([
    ['mimetype', `application/vnd.oasis.opendocument.${type}`],
    ['content.xml', '<office:document-content/>'],
  ])

/** An OLE2 compound file's header and a directory sector naming its main stream. */
function ole2(stream: string): Buffer {
  const file = Buffer.alloc(1536)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file)
  Buffer.from('Root Entry', 'utf16le').copy(file, 512)
  Buffer.from(stream, 'utf16le').copy(file, 640)
  return file
}

export const SAMPLE_FILES: Record<string, Buffer> = {
  'report.pdf': minimalPdf('Report', [{ text: 'A report', size: 12 }]),
  'plan.docx': zip([CONTENT_TYPES, ['word/document.xml', '<w:document/>']]),
  'budget.xlsx': zip([CONTENT_TYPES, ['xl/workbook.xml', '<workbook/>']]),
  'notes.odt': odf('text'),
  'figures.ods': odf('spreadsheet'),
  'slides.odp': odf('presentation'),
  'old.doc': ole2('WordDocument'),
  'old.xls': ole2('Workbook'),
  'costs.csv': Buffer.from('\ufeffItem,Cost\r\nSet-up,"£40,000"\r\n'),
}

/** Files whose names promise what their content does not deliver. */
export const IMPOSTORS: Record<string, Buffer> = {
  'really-text.pdf': Buffer.from('This is just text pretending to be a PDF.\n'),
  'spreadsheet.docx': SAMPLE_FILES['budget.xlsx']!,
  'plain-zip.xlsx': zip([['data.txt', 'hello']]),
  'spreadsheet.odt': odf('spreadsheet'),
  'word.xls': ole2('WordDocument'),
  'pdf.doc': SAMPLE_FILES['report.pdf']!,
  'binary.csv': Buffer.from([0x61, 0x2c, 0x62, 0x00, 0x0a]),
  'latin1.csv': Buffer.from('Item,Cost\nSet-up,\xa340\n', 'latin1'),
}
