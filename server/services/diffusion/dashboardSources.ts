// What the dashboards read besides the store: counts kept by features built beside this one
// (enquiries, adoption declarations). Both are optional; a dashboard leaves out what it is not given.

export type EnquiryCounts = (
  caseStudyIds: string[],
  since: Date,
) => Promise<{ day: string; caseStudyId: string; count: number }[]>

export type DeclarationCounts = (
  caseStudyIds: string[],
  since: Date,
) => Promise<{ day: string; caseStudyId: string; status: string; count: number }[]>

/** Adds up counts per key. */
export function totalsBy<T>(rows: T[], keysOf: (row: T) => string[], countOf: (row: T) => number): Map<string, number> {
  const totals = new Map<string, number>()
  for (const row of rows) {
    for (const key of keysOf(row)) totals.set(key, (totals.get(key) ?? 0) + countOf(row))
  }
  return totals
}

/** Totals as label/value pairs, largest first, then by label. */
export function ranked(totals: Map<string, number>, labelOf: (key: string) => string) {
  return [...totals]
    .map(([key, value]) => ({ label: labelOf(key), value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
}
