// CSV (RFC 4180) read a physical line at a time, with line numbers, recovering from a broken row
// so that the rows after it are still read. csv-parse was tried first: after a stray quote it
// lost the rest of the file, and a report of one bad row should not cost every row after it.

export type CsvRecord = { line: number; cells: string[] } | { line: number; error: string }

// A quoted cell may hold line breaks, but not this many: past it, a quote was surely left open.
const MAX_RECORD_LINES = 1_000

/** The cells of one record's text, or what is wrong with its quoting. */
export function splitRecord(text: string): string[] | { error: string } {
  const cells: string[] = []
  let at = 0
  for (;;) {
    if (text[at] === '"') {
      let value = ''
      at++
      for (;;) {
        const quote = text.indexOf('"', at)
        if (quote < 0) return { error: 'A quoted cell is never closed: a double quote is missing' }
        value += text.slice(at, quote)
        if (text[quote + 1] === '"') {
          value += '"'
          at = quote + 2
          continue
        }
        at = quote + 1
        break
      }
      if (at < text.length && text[at] !== ',')
        return { error: 'A closing double quote is followed by more text: double any quote inside a quoted cell' }
      cells.push(value)
    } else {
      const comma = text.indexOf(',', at)
      const end = comma < 0 ? text.length : comma
      const value = text.slice(at, end)
      if (value.includes('"'))
        return {
          error:
            'A cell holds a double quote without being in double quotes: put the cell in quotes and double the quote',
        }
      cells.push(value)
      at = end
    }
    if (at >= text.length) return cells
    at++
    if (at === text.length) {
      cells.push('')
      return cells
    }
  }
}

const quotes = (line: string) => line.split('"').length - 1

/**
 * Records from physical lines (line breaks removed), the first being the header. A record whose
 * quotes span lines is joined with "\n". A broken record is reported at its first line and
 * reading starts again on the line after it, so a stray quote costs one row, not the file: a
 * record spanning lines whose cells do not match the header's count counts as broken, since a
 * real multi-line cell keeps the count.
 */
export async function* csvRecords(lines: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let width: number | undefined
  let pending: { start: number; lines: string[]; quotes: number } | undefined
  const queue: { number: number; text: string }[] = []
  let number = 0

  function* finish(): Generator<CsvRecord> {
    const record = pending!
    pending = undefined
    const cells = splitRecord(record.lines.join('\n'))
    const broken = !Array.isArray(cells)
      ? cells.error
      : record.lines.length > 1 && width !== undefined && cells.length !== width
        ? `A quoted cell runs from this line to line ${record.start + record.lines.length - 1}: a double quote is missing`
        : undefined
    if (broken) {
      yield { line: record.start, error: broken }
      // Read again from the line after the broken record's first.
      queue.unshift(...record.lines.slice(1).map((text, at) => ({ number: record.start + 1 + at, text })))
      return
    }
    width ??= (cells as string[]).length
    yield { line: record.start, cells: cells as string[] }
  }

  function* take(line: { number: number; text: string }): Generator<CsvRecord> {
    if (!pending) {
      if (line.text.trim() === '') return
      pending = { start: line.number, lines: [line.text], quotes: quotes(line.text) }
    } else {
      pending.lines.push(line.text)
      pending.quotes += quotes(line.text)
    }
    if (pending.quotes % 2 === 0 || pending.lines.length >= MAX_RECORD_LINES) yield* finish()
  }

  for await (const text of lines) {
    number++
    yield* take({ number, text: number === 1 ? text.replace(/^\ufeff/, '') : text })
    while (queue.length) yield* take(queue.shift()!)
  }
  while (pending || queue.length) {
    if (pending) yield* finish()
    while (queue.length) yield* take(queue.shift()!)
  }
}
