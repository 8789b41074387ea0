import { emptyContent } from '../../models/vocabulary'
import { demoDocuments } from '../../server/demo/demoDocuments'
import { minimalPdf } from '../../server/demo/minimalPdf'
import { contentSniffer } from '../../server/services/documents/contentSniffer'

const content = {
  ...emptyContent('Proactive falls prevention for people living alone'),
  summary: 'We phoned people living alone after a fall and visited those at risk. Admissions fell by a fifth.',
  stage: 'live',
  outcomes: 'Falls admissions fell from 412 to 330 a year. Repeat falls halved. Satisfaction was 94%.',
  lessons: 'Start with the data you already hold. Agree consent early (it took months).',
  resources: {
    ...emptyContent().resources,
    oneOffCost: '£40,000 for set-up',
    recurringCost: '£85,000 a year',
    staffTime: '2 posts',
  },
}

/** Reads a PDF the way a reader does: from startxref to the table, then every object by its offset. */
function parsePdf(pdf: Buffer) {
  const text = pdf.toString('latin1')
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1])
  expect(text.slice(startxref, startxref + 5)).toBe('xref\n')
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number)
  const entries = text
    .slice(startxref)
    .split('\n')
    .slice(2, 2 + count!)
  expect(first).toBe(0)
  expect(entries[0]).toBe('0000000000 65535 f ')
  const objects = entries.slice(1).map((entry, index) => {
    expect(entry).toMatch(/^\d{10} 00000 n $/)
    const offset = Number(entry.slice(0, 10))
    expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true)
    return text.slice(offset, text.indexOf('endobj', offset))
  })
  const trailer = text.slice(text.lastIndexOf('trailer'), text.lastIndexOf('startxref'))
  expect(trailer).toContain(`/Size ${count}`)
  return { text, objects }
}

describe('demo documents', () => {
  it('are a CSV template and a PDF summary that pass the upload checks, the same every time', () => {
    const [csv, pdf] = demoDocuments(content, 'Leeds City Council')
    expect([csv!.kind, pdf!.kind]).toEqual(['csv', 'pdf'])
    for (const document of [csv!, pdf!]) {
      const sniffer = contentSniffer(document.kind)
      sniffer.push(document.data)
      expect(sniffer.matches()).toBe(true)
    }
    expect(demoDocuments(content, 'Leeds City Council')[1]!.data.equals(pdf!.data)).toBe(true)
  })

  it('makes a CSV monitoring template with the case study’s costs and outcomes', () => {
    const lines = demoDocuments(content, 'Leeds City Council')[0]!.data.toString('utf8').split('\r\n')
    expect(lines[0]).toBe('\ufeffSection,Measure,Quarter 1,Quarter 2,Quarter 3,Quarter 4,Notes')
    expect(lines[1]).toBe('Costs,One-off costs (£),,,,,"Planned: £40,000 for set-up"')
    expect(lines.filter(line => line.startsWith('Outcomes,'))).toHaveLength(3)
    expect(lines.at(-1)).toBe('')
  })

  it('makes a one-page PDF whose cross-reference offsets point at its objects', () => {
    const { text, objects } = parsePdf(demoDocuments(content, 'Leeds City Council')[1]!.data)
    expect(objects).toHaveLength(7)
    expect(text.startsWith('%PDF-1.4\n')).toBe(true)
    expect(objects[2]).toContain('/MediaBox [0 0 595 842]')
    expect(objects[3]).toContain('/BaseFont /Helvetica ')
    const stream = objects[5]!
    const length = Number(/\/Length (\d+)/.exec(stream)?.[1])
    expect(stream.indexOf('\nendstream') - (stream.indexOf('stream\n') + 7)).toBe(length)
    expect(stream).toContain('(Proactive falls prevention for people living) Tj')
    expect(stream).toContain('(alone) Tj')
    expect(stream).toContain('(Leeds City Council) Tj')
    expect(stream).toContain('One-off costs: \xa340,000 for set-up')
    expect(stream).toContain('\\(it took months\\)')
  })

  it('keeps a long text on one page and replaces characters Helvetica cannot show', () => {
    const pdf = minimalPdf(
      'Long',
      Array.from({ length: 200 }, (_, n) => ({ text: `Line ${n} – ok ✓`, size: 10 })),
    )
    const { objects } = parsePdf(pdf)
    expect(objects[5]).toContain('(Line 0 \x96 ok ?) Tj')
    expect(objects[5]).not.toContain('(Line 199')
  })
})
