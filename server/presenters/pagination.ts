/** GOV.UK pagination: first, last and the pages either side of this one, with gaps marked. */
export type Pagination = {
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[]
  previous: { href: string } | undefined
  next: { href: string } | undefined
}

/**
 * The pagination for `page` of `pageCount`, each link from `hrefFor`. A page past the last (a stale
 * bookmark) shows the numbers around the last page and a way back, but no "next".
 */
export function govukPagination(page: number, pageCount: number, hrefFor: (page: number) => string): Pagination {
  const around = Math.min(page, pageCount)
  const numbers = [...new Set([1, around - 1, around, around + 1, pageCount])].filter(n => n >= 1 && n <= pageCount)
  const items: Pagination['items'] = []
  numbers.forEach((number, index) => {
    if (index > 0 && number - numbers[index - 1]! > 1) items.push({ ellipsis: true })
    items.push({ number, href: hrefFor(number), current: number === page })
  })
  return {
    items: pageCount > 1 ? items : [],
    previous: page > 1 && page <= pageCount ? { href: hrefFor(page - 1) } : undefined,
    next: page < pageCount ? { href: hrefFor(page + 1) } : undefined,
  }
}
