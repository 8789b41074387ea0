import type { CaseStudyData, RevisionSummary } from '../data/caseStudyRepository'
import { FIELD_LABELS } from '../services/caseStudies/sections'
import type { CaseStudyContent } from '../../models/caseStudyContent'
import { paths } from '../paths'

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Europe/London',
})

type UserLookup = { findById: (id: string) => Promise<{ name: string } | undefined> }

/** History rows: each committed revision on the page with who, when, which fields, and whether it was published. */
export async function presentRevisions(
  id: string,
  caseStudy: Pick<CaseStudyData, 'publishedRevisions'>,
  revisions: RevisionSummary[],
  users: UserLookup,
) {
  const names = new Map<string, string>()
  for (const by of new Set(revisions.map(revision => revision.by?.toString()))) {
    if (by) names.set(by, (await users.findById(by))?.name ?? 'A deleted account')
  }
  return revisions.map(revision => ({
    number: revision.number,
    at: timeFormat.format(revision.at),
    by: revision.by ? (names.get(revision.by.toString()) ?? '') : 'Practice Exchange',
    fields: revision.changedFields.map(field => FIELD_LABELS[field as keyof CaseStudyContent] ?? field),
    published: caseStudy.publishedRevisions.includes(revision.number),
    // Revision numbers run 1, 2, 3...: the one before is there even when it is on the next page.
    compareHref: revision.number > 1 ? paths.publish.compare(id, revision.number - 1, revision.number) : undefined,
  }))
}

/** GOV.UK pagination for the history: first, last, and the pages either side of this one, with gaps. */
export function presentHistoryPagination(id: string, page: number, pageCount: number) {
  const numbers = [...new Set([1, page - 1, page, page + 1, pageCount])].filter(n => n >= 1 && n <= pageCount)
  const items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[] = []
  numbers.forEach((number, index) => {
    if (index > 0 && number - numbers[index - 1]! > 1) items.push({ ellipsis: true })
    items.push({ number, href: paths.publish.history(id, number), current: number === page })
  })
  return {
    items: pageCount > 1 ? items : [],
    previous: page > 1 ? { href: paths.publish.history(id, page - 1) } : undefined,
    next: page < pageCount ? { href: paths.publish.history(id, page + 1) } : undefined,
  }
}
