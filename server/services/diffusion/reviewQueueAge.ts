import type { WaitingCaseStudy } from '../../data/dashboardRepository'
import { DAY_MS } from './days'

// How long submitted case studies have waited for a curator, in bands a curator acts on: this
// week's, last week's, this month's, and those past a month that need chasing.
const BANDS = [
  { label: 'Less than 1 week', below: 7 },
  { label: '1 to 2 weeks', below: 14 },
  { label: '2 to 4 weeks', below: 28 },
  { label: '4 weeks or more', below: Infinity },
]

/** Pure: the waiting case studies (oldest first) counted by how long they have waited. */
export function reviewQueueAge(waiting: WaitingCaseStudy[], now: Date) {
  const daysWaited = (caseStudy: WaitingCaseStudy) =>
    Math.max(0, Math.floor((now.getTime() - caseStudy.submittedAt.getTime()) / DAY_MS))
  const counts = BANDS.map(() => 0)
  for (const caseStudy of waiting) counts[BANDS.findIndex(band => daysWaited(caseStudy) < band.below)]! += 1
  const oldest = waiting[0]
  return {
    total: waiting.length,
    bands: BANDS.map((band, index) => ({ label: band.label, value: counts[index] ?? 0 })),
    oldest: oldest && { ...oldest, daysWaited: daysWaited(oldest) },
  }
}
