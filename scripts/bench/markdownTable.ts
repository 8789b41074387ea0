/** A Markdown table laid out as Prettier lays it out, so the file it goes into stays formatted. */
export function markdownTable(headers: string[], rows: string[][], rightAligned: boolean[] = []): string {
  const widths = headers.map((header, column) =>
    Math.max(3, header.length, ...rows.map(row => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join(' | ')} |`
  const rule = `| ${widths.map((width, column) => (rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`
  return [line(headers), rule, ...rows.map(line)].join('\n')
}
