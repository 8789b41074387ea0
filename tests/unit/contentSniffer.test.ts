import { contentSniffer } from '../../server/services/documents/contentSniffer'
import { kindOfFileName, type DocumentFileKind } from '../../models/documentFileTypes'
import { IMPOSTORS, SAMPLE_FILES } from '../factories/documentFiles'

/** Feeds a file to the sniffer in pieces of `size` bytes, as an upload arrives. */
function matches(name: string, data: Buffer, size = 7): boolean {
  const sniffer = contentSniffer(kindOfFileName(name) as DocumentFileKind)
  for (let at = 0; at < data.length; at += size) sniffer.push(data.subarray(at, at + size))
  return sniffer.matches()
}

describe('content sniffing', () => {
  it.each(Object.entries(SAMPLE_FILES))('accepts a real %s, however the upload is split', (name, data) => {
    expect(matches(name, data, 1)).toBe(true)
    expect(matches(name, data, 64 * 1024)).toBe(true)
  })

  it.each(Object.entries(IMPOSTORS))('refuses %s', (name, data) => {
    expect(matches(name, data)).toBe(false)
  })

  it('finds a marker split across two pieces, and refuses a file with no bytes', () => {
    const docx = SAMPLE_FILES['plan.docx']!
    const at = docx.indexOf('word/document') + 5
    const sniffer = contentSniffer('docx')
    sniffer.push(docx.subarray(0, at))
    sniffer.push(docx.subarray(at))
    expect(sniffer.matches()).toBe(true)
    expect(contentSniffer('csv').matches()).toBe(false)
  })

  it('refuses UTF-8 cut off in the middle of a character at the end of a CSV', () => {
    expect(matches('cut.csv', Buffer.from('Cost\n£', 'utf8').subarray(0, -1))).toBe(false)
  })

  it('says a PDF is not one as soon as its first bytes are read', () => {
    const sniffer = contentSniffer('pdf')
    expect(sniffer.push(Buffer.from('Hello, '))).toBe(false)
  })
})
