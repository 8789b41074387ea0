import ejs from 'ejs'

export type SelectItem = { value: string | number; text: string }

type Rendered = { html: string; starts: number[]; firstAt: Map<string, number> }

// A list's options as escaped HTML, kept per list object: a list the presenter keeps across
// requests (the ~400 councils) is escaped and joined once per change of the list, not per page.
// Keyed weakly, so lists built for one request are dropped with it.
const rendered = new WeakMap<readonly SelectItem[], Rendered>()
const option = (item: SelectItem, selected: boolean) =>
  `<option value="${ejs.escapeXML(String(item.value))}"${selected ? ' selected' : ''}>${ejs.escapeXML(item.text)}</option>\n`

function render(items: readonly SelectItem[]): Rendered {
  let html = ''
  const starts: number[] = []
  const firstAt = new Map<string, number>()
  items.forEach((item, at) => {
    starts.push(html.length)
    if (!firstAt.has(String(item.value))) firstAt.set(String(item.value), at)
    html += option(item, false)
  })
  starts.push(html.length)
  return { html, starts, firstAt }
}

/**
 * The `<option>` elements of a select, every value and text escaped, with the option whose value
 * equals `value` (compared as strings, the first if several) selected. The list's HTML is built
 * once per list object and only the selected option is spliced in per call.
 */
export function selectOptionsHtml(items: readonly SelectItem[], value: unknown): string {
  let list = rendered.get(items)
  if (!list) {
    list = render(items)
    rendered.set(items, list)
  }
  const at = list.firstAt.get(String(value))
  if (at === undefined) return list.html
  return list.html.slice(0, list.starts[at]) + option(items[at]!, true) + list.html.slice(list.starts[at + 1])
}
