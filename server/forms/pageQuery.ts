/** A `?page=` value as a page number: anything but a whole number from 1 to 10,000 is page 1. */
export function pageQuery(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : 1
  return page >= 1 && page <= 10_000 ? page : 1
}
