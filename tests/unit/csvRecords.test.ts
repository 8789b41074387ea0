import { Readable } from 'node:stream'
import { csvRecords, splitRecord } from '../../server/services/exchange/csvRecords'
import { cellText, csvRow, escapeFormula, unescapeFormula } from '../../server/services/exchange/exchangeFormats'
import { CASE_STUDY_COLUMNS } from '../../server/services/exchange/caseStudyColumns'

async function records(text: string) {
  const found = []
  for await (const record of csvRecords(Readable.from(text.split('\n')))) found.push(record)
  return found
}
const saying = (text: string): string => expect.stringContaining(text) as string

describe('reading CSV a line at a time', () => {
  it('splits cells, quoted or not, with doubled quotes, commas and an empty last cell', () => {
    expect(splitRecord('a,"b,c","say ""hi""",')).toEqual(['a', 'b,c', 'say "hi"', ''])
    expect(splitRecord('"x"y,z')).toEqual({ error: saying('closing double quote') })
    expect(splitRecord('a"b,c')).toEqual({ error: saying('without being in double quotes') })
  })

  it('joins a quoted cell across lines and numbers each record by its first line', async () => {
    expect(await records('\ufeffa,b\n1,"two\nlines"\n\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'two\nlines'] },
      { line: 5, cells: ['3', '4'] },
    ])
  })

  it('reports a quote never closed at its line and reads on from the next line', async () => {
    expect(await records('a,b\n1,"open\n2,3\n4,5')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: saying('never closed') },
      { line: 3, cells: ['2', '3'] },
      { line: 4, cells: ['4', '5'] },
    ])
  })

  it('treats a record spanning lines with the wrong number of cells as a missing quote', async () => {
    expect(await records('a,b\n1,"x\n2,y",z\n3,4')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: saying('runs from this line to line 3') },
      { line: 3, error: saying('without being in double quotes') },
      { line: 4, cells: ['3', '4'] },
    ])
  })
})

describe('formula escaping', () => {
  it('puts a quote before what a spreadsheet would run, and reading takes exactly one off', () => {
    for (const text of ['=SUM(A1)', '+44', '-1', '@cmd', '\tx', '\rx', "'quoted", "''twice", 'plain'])
      expect(unescapeFormula(escapeFormula(text))).toBe(text)
    expect(escapeFormula('=1+1')).toBe("'=1+1")
    expect(escapeFormula('plain')).toBe('plain')
  })

  it('writes every column of a row, escaping list and text cells alike', () => {
    const themes = CASE_STUDY_COLUMNS.find(column => column.name === 'themes')!
    expect(cellText(themes, ['housing', 'economy'])).toBe('housing;economy')
    const line = csvRow({ title: '=HYPERLINK("x")', tags: ['-a', 'b'], barriers: [] })
    expect(line).toContain(`,"'=HYPERLINK(""x"")",`)
    expect(line).toContain(",'-a;b,")
    expect(line.endsWith('\r\n')).toBe(true)
  })
})
