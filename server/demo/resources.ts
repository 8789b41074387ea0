import type { BudgetBand } from '../../models/vocabulary'

// How the demo catalogue states money and staff time. The budget band is the "Total budget" the
// resources section asks for, read as the set-up cost plus a year's running costs: the figure a
// council adopting the programme would need to find for its first year.

const BAND_CEILINGS: [number, BudgetBand][] = [
  [9_999, 'under-10k'],
  [50_000, '10k-50k'],
  [250_000, '50k-250k'],
  [1_000_000, '250k-1m'],
]

export function budgetBandFor(firstYearTotal: number): BudgetBand {
  return BAND_CEILINGS.find(([ceiling]) => firstYearTotal <= ceiling)?.[1] ?? 'over-1m'
}

/** 38000 → "£38,000"; 1250000 → "£1.25 million", as councils write budgets. */
export function pounds(amount: number): string {
  if (amount >= 1_000_000) return `£${String(Math.round(amount / 10_000) / 100)} million`
  return `£${String(amount).replace(/\B(?=(\d{3})+$)/g, ',')}`
}

/** "1 full-time equivalent post", "2.5 full-time equivalent posts". */
export function fullTimeEquivalent(posts: number): string {
  return `${String(posts)} full-time equivalent ${posts === 1 ? 'post' : 'posts'}`
}
