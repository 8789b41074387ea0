import type { CaseStudyData, RevisionData } from '../data/caseStudyRepository'
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

/** History rows: each committed revision with who, when, which fields, and whether it was published. */
export async function presentRevisions(
  id: string,
  caseStudy: CaseStudyData,
  revisions: RevisionData[],
  users: UserLookup,
) {
  const names = new Map<string, string>()
  for (const revision of revisions) {
    const by = revision.by?.toString()
    if (by && !names.has(by)) names.set(by, (await users.findById(by))?.name ?? 'A deleted account')
  }
  return revisions.map((revision, index) => {
    const previous = revisions[index + 1]
    return {
      number: revision.number,
      at: timeFormat.format(revision.at),
      by: revision.by ? (names.get(revision.by.toString()) ?? '') : 'Practice Exchange',
      fields: revision.changedFields.map(field => FIELD_LABELS[field as keyof CaseStudyContent] ?? field),
      published: caseStudy.publishedRevisions.includes(revision.number),
      compareHref: previous ? paths.publish.compare(id, previous.number, revision.number) : undefined,
    }
  })
}
